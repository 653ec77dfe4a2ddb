from django.urls import path

from werkplaats.monitoring import dashboard_views, report_views, target_views

app_name = "monitoring"

results = "werkplaatsen/<slug:slug>/resultaten/"
targets = f"{results}doelen/"

urlpatterns = [
    # Dashboards: per werkplaats (its members) and national (admins and coordinators).
    path("resultaten/", dashboard_views.national, name="national"),
    path(results, dashboard_views.dashboard, name="dashboard"),
    path(f"{results}geteld/<int:pk>/", dashboard_views.counted, name="counted_period"),
    path(f"{results}geteld/<int:pk>/<int:year>/", dashboard_views.counted, name="counted"),
    # Targets (coordinators).
    path(targets, target_views.target_list, name="targets"),
    path(f"{targets}nieuw/", target_views.target_create, name="target_create"),
    path(f"{targets}<int:pk>/wijzigen/", target_views.target_edit, name="target_edit"),
    path(f"{targets}<int:pk>/verwijderen/", target_views.target_delete, name="target_delete"),
    # Reports (coordinators; the national one for national admins).
    path(f"{results}<int:year>/verslag/", report_views.year_report, name="year_report"),
    path(f"{results}<int:year>/verslag.pdf", report_views.year_report_pdf, name="year_report_pdf"),
    path(f"{results}eindverslag/", report_views.final_report, name="final_report"),
    path(f"{results}eindverslag.pdf", report_views.final_report_pdf, name="final_report_pdf"),
    path(f"{results}<int:year>/tellingen.csv", report_views.records_csv, name="records_csv"),
    path(f"{results}<int:year>/tellingen.xlsx", report_views.records_xlsx, name="records_xlsx"),
    path(f"{results}tellingen.csv", report_views.records_csv, name="period_records_csv"),
    path(f"{results}tellingen.xlsx", report_views.records_xlsx, name="period_records_xlsx"),
    path("resultaten/verslag/<int:year>/", report_views.national_report, name="national_report"),
    path(
        "resultaten/verslag/<int:year>.pdf",
        report_views.national_report_pdf,
        name="national_report_pdf",
    ),
]
