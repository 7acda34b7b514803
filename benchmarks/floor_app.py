"""Streamlit's own floor for the benchmarks: a page with only a title. benchmarks/load_test.py
serves it beside the app, from the repository root (the same .streamlit/config.toml), and
reports every page's cost as a ratio to this page's."""

import streamlit as st

st.title("Floor")
