"""Write-back: reviewers' decisions to the portal (WFS-T, OGC API – Features Part 4) without overwriting a change
made there since the pull, conflicts and their settling, the push task.

May import: pull (profiles, normalising the portal's current answer), sources, review, the store and core's
shared helpers. Not publish."""
