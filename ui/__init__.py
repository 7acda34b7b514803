"""Small Streamlit building blocks shared by the pages (the only UI code outside app_pages/)."""
