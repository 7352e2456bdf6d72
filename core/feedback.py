"""Progress and cancel for long work, as QgsProcessingFeedback offers them: a silent default for headless calls,
and one that reports to a QgsTask (the pull and push in the background)."""


class Feedback:
    """The part of QgsProcessingFeedback / QgsTask that a pull, push, export or report uses."""

    def isCanceled(self):  # noqa: N802
        return False

    def setProgress(self, value):  # noqa: N802
        pass

    def pushInfo(self, text):  # noqa: N802
        pass


class TaskFeedback(Feedback):
    """A QgsTask's progress and cancel, as feedback."""

    def __init__(self, task):
        self.task = task

    def isCanceled(self):  # noqa: N802
        return self.task.isCanceled()

    def setProgress(self, value):  # noqa: N802
        self.task.setProgress(value)
