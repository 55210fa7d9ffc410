"""Generated from forms/*.ui by fieldapp.ui.build_forms — do not edit."""
