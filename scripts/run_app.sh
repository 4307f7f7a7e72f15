#!/usr/bin/env bash
# Install the runtime packages and start the app on http://localhost:8501
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -r requirements.txt
exec python3 -m streamlit run streamlit_app.py "$@"
