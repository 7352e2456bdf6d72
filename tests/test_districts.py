"""District layers under the submissions: outlines with names, no fill hiding the points — in the project
and on the report's map."""
import json

from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer
from sample import submissions
from stadtdialog.core.publish.districts import add_districts, name_field
from stadtdialog.core.pull.sync import pull
from stadtdialog.core.review.project_layers import add_submissions
from stadtdialog.core.store.gpkg_store import Store
from stadtdialog.resources.demo.districts import write_districts


def test_districts_are_outlines_with_names_below_the_submissions(tmp_path, qgis_new_project):
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": submissions(5)}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")
    project = QgsProject.instance()
    add_submissions(Store(tmp_path / "s.gpkg"), project, language="de")
    layer = add_districts(write_districts(tmp_path / "districts.gpkg"), "Stadtteile", project)

    names = [child.name() for child in project.layerTreeRoot().children()]
    assert names.index("Stadtdialog") < names.index("Stadtteile")  # drawn below the submissions
    symbol = layer.renderer().symbol()
    assert symbol.color().alpha() == 0                                # no fill over the points
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "name"


def test_the_name_field_is_found_by_its_name_or_as_the_first_text_field():
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=fid_x:integer&field=Bezeichnung:string", "d", "memory")
    assert name_field(layer) == "Bezeichnung"
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=code:string&field=STADTTEIL:string", "d", "memory")
    assert name_field(layer) == "STADTTEIL"


def test_a_district_s_name_is_placed_beside_the_points_not_on_them(tmp_path, qgis_new_project):
    from qgis.core import QgsFeature, QgsGeometry, QgsMapRendererSequentialJob, QgsMapSettings, QgsPointXY
    from qgis.PyQt.QtCore import QSize

    features = submissions(1)
    features[0]["geometry"]["coordinates"] = [7.7689, 49.4447]
    source = tmp_path / "portal.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    pull(source, "demo-kaiserslautern", tmp_path / "s.gpkg")
    project = QgsProject.instance()
    points = add_submissions(Store(tmp_path / "s.gpkg"), project, language="de")
    point = next(points.getFeatures()).geometry().asPoint()  # EPSG:25832
    district = QgsVectorLayer("Polygon?crs=EPSG:25832&field=name:string", "Stadtteile", "memory")
    square = QgsFeature(district.fields())  # the point at its very middle, where its name would go
    square.setGeometry(QgsGeometry.fromRect(QgsRectangle(point.x() - 300, point.y() - 300, point.x() + 300,
                                                         point.y() + 300)))
    square["name"] = "Bännjerrück"
    district.dataProvider().addFeatures([square])
    add_districts(district, "Stadtteile", project)
    settings = QgsMapSettings()
    settings.setLayers([points, district])
    settings.setDestinationCrs(points.crs())
    settings.setOutputSize(QSize(600, 600))
    settings.setExtent(QgsRectangle(point.x() - 320, point.y() - 320, point.x() + 320, point.y() + 320))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    labels = job.takeLabelingResults().allLabels()
    assert [label.labelText for label in labels] == ["Bännjerrück"]  # drawn, and only the district's
    box = labels[0].labelRect
    assert not box.contains(QgsPointXY(point))  # … and not over the citizen's point
    assert box.distance(QgsPointXY(point)) > 5  # clear of its symbol (some 5 m at this scale)
