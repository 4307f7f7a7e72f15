"""The app in a real browser: Debian's /usr/bin/chromium driven by the playwright package.

Starts ``streamlit run streamlit_app.py`` on a free port, uploads sample CVs through the
page, opens a candidate, downloads the CSV and screenshots every page. It also prints the
time from uploading 50 CVs to the full table (no assertion on it).
Screenshots go to the test's tmp folder, and to $ACCOUNTFIT_SCREENSHOTS when that is set.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
CV_SUFFIXES = (".pdf", ".docx", ".txt")
TIMEOUT_MS = 180_000
MAX_SHOT = 3000  # px: the top of a long page is what a screenshot needs
PAGES = {  # url path -> sidebar link text (Vietnamese, the default language)
    "self_check": "Tự đánh giá CV",
    "compare": "So sánh ứng viên",
    "shortlists": "Danh sách rút gọn",
    "profiles": "Hồ sơ vị trí",
}


def require_browser() -> None:
    """Skip without Chromium on a developer machine; in CI a missing browser is a failure."""
    in_ci = os.environ.get("CI", "").lower() == "true"
    missing = []
    if not CHROMIUM.exists():
        missing.append(str(CHROMIUM))
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package")
    if missing:
        reason = f"browser test needs {' and '.join(missing)}"
        if in_ci:
            pytest.fail(reason + " (CI=true: scripts/test.sh installs them)")
        pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"streamlit did not listen on {port} within {timeout:.0f}s")


@pytest.fixture(scope="module")
def samples(pipeline) -> list[Path]:
    """Sample CVs the engine screens without error (broken ones exist on purpose)."""
    folder = ROOT / "sample_resumes"
    paths = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in CV_SUFFIXES)
    good = [p for p in paths if pipeline.screen_bytes(p.read_bytes(), file=p.name).status == "ok"]
    if len(good) < 3:
        pytest.skip("needs at least 3 sample CVs in sample_resumes/ that screen without error")
    return good


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    require_browser()
    port = free_port()
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "streamlit_app.py",
                "--server.headless=true",
                f"--server.port={port}",
                "--server.address=127.0.0.1",
                "--browser.gatherUsageStats=false",
                "--server.fileWatcherType=none",
            ],
            cwd=ROOT,
            env={**os.environ, "ACCOUNTFIT_DB": str(log.parent / "accountfit.db")},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        print(log.read_text(errors="replace")[-2000:])


@pytest.fixture()
def page(app_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(
                viewport={"width": 1440, "height": 1000}, accept_downloads=True
            )
            page = context.new_page()
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(app_url)
            page.get_by_role("heading", name="Sàng lọc hàng loạt").wait_for()
            yield page
        finally:
            browser.close()


def upload(page, paths) -> None:
    page.locator(".st-key-screen_upload input[type=file]").set_input_files([str(p) for p in paths])


def wait_for_table(page, total: int) -> None:
    """The summary line appears once every file has a result."""
    page.get_by_text(f"tổng {total} tệp").wait_for()
    page.locator(".st-key-screen_table").wait_for()


def click_until(page, point: tuple[float, float], done_js: str, arg, *, tries: int = 6) -> None:
    """Click ``point`` until ``done_js(arg)`` holds. The data grid draws on a canvas and takes
    clicks only once it has laid out, which on a loaded machine can be after the table shows:
    a click before that is lost, so it is given again (each try waits 15 s)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    for attempt in range(tries):
        page.mouse.click(*point)
        try:
            page.wait_for_function(done_js, arg=arg, timeout=15_000)
            return
        except PlaywrightTimeoutError:
            if attempt == tries - 1:
                raise


def shoot(page, folder: Path, name: str) -> Path:
    """The whole page: Streamlit scrolls inside its main block, so grow the viewport to fit."""
    page.wait_for_timeout(800)  # let charts finish drawing
    height = page.evaluate(
        "() => document.querySelector('[data-testid=\"stMainBlockContainer\"]').scrollHeight"
    )
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": min(MAX_SHOT, int(height) + 120)})
    page.wait_for_timeout(500)
    path = folder / f"{name}.png"
    page.screenshot(path=str(path))
    page.set_viewport_size(size)
    return path


def unique_copy(path: Path, n: int) -> bytes:
    """The same CV with different bytes (so the content-hash cache cannot answer)."""
    data = path.read_bytes()
    if path.suffix.lower() == ".docx":
        src = zipfile.ZipFile(io.BytesIO(data))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                dst.writestr(item, src.read(item.filename))
            dst.comment = f"copy {n}".encode()
        return buf.getvalue()
    if path.suffix.lower() == ".pdf":
        return data + f"\n% copy {n}\n".encode()
    return data + f"\n\n{' ' * n}\n".encode()


def test_browser_screen_open_download_and_screenshot(page, samples, tmp_path):
    shots = tmp_path / "screenshots"
    shots.mkdir()
    chosen = samples[:3]

    upload(page, chosen)
    wait_for_table(page, total=3)
    page.get_by_text("Chi tiết:").first.wait_for()

    # open the candidate in the second row by clicking the table
    table = page.locator(".st-key-screen_table")
    box = table.bounding_box()
    assert box is not None
    before = page.locator("h3", has_text="Chi tiết:").first.inner_text()
    click_until(
        page,
        (box["x"] + 18, box["y"] + 35 + 35 + 17),
        "b => [...document.querySelectorAll('h3')].some(h => h.innerText.startsWith('Chi tiết:') && h.innerText !== b)",
        before,
    )
    shoot(page, shots, "1_screen")

    with page.expect_download() as info:
        page.locator(".st-key-screen_dl_csv button").click()
    data = Path(info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data)))
    assert len(rows) == 3
    assert {p.name for p in chosen} <= {v for row in rows for v in row.values()}

    for slug, link in PAGES.items():
        if slug == "shortlists" and not (ROOT / "app_pages" / "shortlists.py").exists():
            continue
        page.get_by_role("link", name=link).click()
        page.get_by_role("heading", name=link).first.wait_for()
        if slug == "self_check":
            page.locator(".st-key-self_upload input[type=file]").set_input_files(str(chosen[0]))
            page.get_by_text("Phù hợp hôm nay").wait_for()
        shoot(
            page,
            shots,
            {"self_check": "2", "compare": "3", "shortlists": "5", "profiles": "4"}[slug]
            + f"_{slug}",
        )

    assert len(list(shots.glob("*.png"))) >= 4
    target = os.environ.get("ACCOUNTFIT_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        for png in shots.glob("*.png"):
            shutil.copy2(png, Path(target) / png.name)


def test_browser_fifty_cvs_time_to_full_table(page, samples, tmp_path, capsys):
    folder = tmp_path / "fifty"
    folder.mkdir()
    paths = []
    for n in range(50):
        src = samples[n % len(samples)]
        dst = folder / f"cv_{n:02d}{src.suffix.lower()}"
        dst.write_bytes(unique_copy(src, n))
        paths.append(dst)

    start = time.monotonic()
    upload(page, paths)
    wait_for_table(page, total=len(paths))
    elapsed = time.monotonic() - start
    with capsys.disabled():  # shown even when pytest captures output (CI logs)
        print(f"\nbrowser: {len(paths)} CVs from upload to full table in {elapsed:.1f} s")


def test_browser_sample_button_screens_bundled_cvs(page):
    folder = ROOT / "sample_resumes"
    total = sum(1 for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in CV_SUFFIXES)
    if not total:
        pytest.skip("no sample CVs in sample_resumes/")
    page.get_by_role("button", name="Dùng thử CV mẫu").click()
    wait_for_table(page, total=total)
    page.get_by_text("Chi tiết:").first.wait_for()


def test_browser_add_to_shortlist_and_open_it(page, samples, pipeline):
    chosen = samples[:3]
    upload(page, chosen)
    wait_for_table(page, total=3)

    page.get_by_text("Thêm vào danh sách rút gọn").click()
    page.locator(".st-key-screen_shortlist_all button").click()
    name = page.locator(".st-key-screen_shortlist_new_name input")
    name.fill("Shortlist from the browser")
    name.press("Enter")
    page.locator(".st-key-screen_shortlist_add button").click()
    page.get_by_text("Đã lưu 3 ứng viên").wait_for()

    # the sidebar's link: after saving, the page also offers an "open the Shortlists page" link
    page.get_by_test_id("stSidebarNavItems").get_by_role("link", name="Danh sách rút gọn").click()
    page.get_by_role("heading", name="Danh sách rút gọn").first.wait_for()
    page.get_by_text("Shortlist from the browser").first.wait_for()
    for path in chosen:  # every saved candidate is a row of the members table (a canvas grid,
        # whose cells live in an accessible table that is attached but not "visible")
        candidate = pipeline.screen_bytes(path.read_bytes(), file=path.name).candidate
        page.get_by_text(candidate.name, exact=True).first.wait_for(
            state="attached", timeout=30_000
        )
