"""gnbv: data layer and logic of the Bắc Hà 2022 GNBV dashboard (plain Python over pandas).

Nothing here imports streamlit except :mod:`gnbv.cache`.
"""
