"""Every word the app shows, in Vietnamese (the default) and English.

Pages call ``t("key", **fmt)``; the language comes from ``st.session_state["lang"]``.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

STRINGS: dict[str, dict[str, str]] = {
    # app and sidebar
    "app_title": {"vi": "AccountFit", "en": "AccountFit"},
    "app_tagline": {
        "vi": "Sàng lọc CV cho vị trí Account (AE, AM, AD) tại agency Việt Nam",
        "en": "CV screening for account roles (AE, AM, AD) at Vietnamese agencies",
    },
    "language": {"vi": "Ngôn ngữ", "en": "Language"},
    "lang_vi": {"vi": "Tiếng Việt", "en": "Tiếng Việt"},
    "lang_en": {"vi": "English", "en": "English"},
    "blind": {"vi": "Sàng lọc ẩn danh", "en": "Blind screening"},
    "blind_help": {
        "vi": "Ẩn họ tên, ảnh, e-mail, số điện thoại, ngày sinh/tuổi, giới tính, tình trạng "
        "hôn nhân, quê quán/địa chỉ và CCCD trong mọi màn hình và tệp xuất. Điểm không đổi.",
        "en": "Hides name, photo, e-mail, phone, date of birth/age, gender, marital status, "
        "hometown/address and national ID in every view and export. Scores do not change.",
    },
    "privacy_note": {
        "vi": "Điểm số chỉ là gợi ý cho người tuyển dụng, không phải quyết định loại ứng viên. "
        "Thông tin cá nhân không bao giờ ảnh hưởng đến điểm.",
        "en": "Scores are advice for a person, never an automatic rejection. "
        "Personal data never changes a score.",
    },
    "profile_adjusted": {
        "vi": "Đang dùng hồ sơ vị trí đã chỉnh trong phiên này.",
        "en": "Using the job profiles adjusted in this session.",
    },
    # page titles
    "page_screen": {"vi": "Sàng lọc hàng loạt", "en": "Screen a batch"},
    "page_self_check": {"vi": "Tự đánh giá CV", "en": "Self-check"},
    "page_compare": {"vi": "So sánh ứng viên", "en": "Compare candidates"},
    "page_profiles": {"vi": "Hồ sơ vị trí", "en": "Job profiles"},
    "page_shortlists": {"vi": "Danh sách rút gọn", "en": "Shortlists"},
    # levels, statuses, labels
    "level_ae": {"vi": "Account Executive (AE)", "en": "Account Executive (AE)"},
    "level_am": {"vi": "Account Manager (AM)", "en": "Account Manager (AM)"},
    "level_ad": {"vi": "Account Director (AD)", "en": "Account Director (AD)"},
    "level_jd": {"vi": "Mô tả công việc (JD)", "en": "Job description (JD)"},
    "level_best": {"vi": "Cấp phù hợp nhất", "en": "Best-fitting level"},
    "level_none": {"vi": "—", "en": "—"},
    "status_ok": {"vi": "Đã chấm", "en": "Screened"},
    "status_no_text": {"vi": "Không có chữ", "en": "No text"},
    "status_error": {"vi": "Lỗi", "en": "Error"},
    "no_text_reason": {
        "vi": "Tệp không có lớp chữ (có thể là bản scan hoặc ảnh chụp).",
        "en": "The file has no text layer (probably a scan or a photo).",
    },
    "orient_account": {"vi": "Account (chăm sóc khách hàng)", "en": "Account (farming)"},
    "orient_sales": {"vi": "Sales (săn khách mới)", "en": "Sales (hunting)"},
    "orient_mixed": {"vi": "Kết hợp", "en": "Mixed"},
    "orient_unclear": {"vi": "Chưa rõ", "en": "Unclear"},
    "salary_within": {"vi": "Trong khung", "en": "Within band"},
    "salary_below": {"vi": "Dưới khung", "en": "Below band"},
    "salary_above": {"vi": "Trên khung", "en": "Above band"},
    "salary_unknown": {"vi": "Không rõ", "en": "Unknown"},
    "crit_met": {"vi": "Đạt", "en": "Met"},
    "crit_partial": {"vi": "Một phần", "en": "Partial"},
    "crit_missing": {"vi": "Thiếu", "en": "Missing"},
    "crit_unknown": {"vi": "Không rõ", "en": "Unknown"},
    "candidate_n": {"vi": "Ứng viên {n}", "en": "Candidate {n}"},
    "saved_candidate_n": {"vi": "Ứng viên đã lưu {n}", "en": "Saved candidate {n}"},
    "hidden": {"vi": "(đã ẩn)", "en": "(hidden)"},
    "mvnd": {"vi": "{lo:g}–{hi:g} triệu/tháng", "en": "{lo:g}–{hi:g} million VND/month"},
    "mvnd_one": {"vi": "{v:g} triệu/tháng", "en": "{v:g} million VND/month"},
    "negotiable": {"vi": "Thỏa thuận", "en": "Negotiable"},
    # table columns
    "col_candidate": {"vi": "Ứng viên", "en": "Candidate"},
    "col_file": {"vi": "Tệp", "en": "File"},
    "col_score": {"vi": "Điểm", "en": "Score"},
    "col_best": {"vi": "Cấp phù hợp", "en": "Best level"},
    "col_years": {"vi": "Số năm KN", "en": "Years"},
    "col_title": {"vi": "Chức danh hiện tại", "en": "Current title"},
    "col_salary": {"vi": "Lương so với khung", "en": "Salary fit"},
    "col_orientation": {"vi": "Định hướng", "en": "Orientation"},
    "col_status": {"vi": "Trạng thái", "en": "Status"},
    "col_code": {"vi": "Mã lỗi", "en": "Code"},
    "col_reason": {"vi": "Lý do", "en": "Reason"},
    "col_criterion": {"vi": "Tiêu chí", "en": "Criterion"},
    "col_points": {"vi": "Điểm đạt", "en": "Points"},
    "col_weight": {"vi": "Trọng số", "en": "Weight"},
    "col_pct": {"vi": "% điểm tối đa của tiêu chí", "en": "% of the criterion's points"},
    "col_level": {"vi": "Cấp", "en": "Level"},
    # screen page
    "screen_intro": {
        "vi": "Tải lên nhiều CV (PDF, DOCX, TXT) hoặc một tệp ZIP, chọn cấp bậc hoặc dán JD, "
        "rồi xem bảng xếp hạng kèm bằng chứng từ chính CV.",
        "en": "Upload many CVs (PDF, DOCX, TXT) or one ZIP, choose a level or paste a job "
        "description, and get a ranked table with the evidence from each CV.",
    },
    "upload_label": {
        "vi": "CV ứng viên (PDF, DOCX, TXT hoặc một tệp ZIP)",
        "en": "Candidate CVs (PDF, DOCX, TXT or one ZIP)",
    },
    "try_samples": {"vi": "Dùng thử CV mẫu", "en": "Try the sample CVs"},
    "samples_missing": {
        "vi": "Chưa có CV mẫu trong thư mục sample_resumes/.",
        "en": "No sample CVs found in sample_resumes/.",
    },
    "using_samples": {
        "vi": "Đang dùng {n} CV mẫu đi kèm ứng dụng.",
        "en": "Showing the {n} sample CVs bundled with the app.",
    },
    "clear_batch": {"vi": "Xóa kết quả", "en": "Clear results"},
    "rank_by": {"vi": "Xếp hạng theo", "en": "Rank by"},
    "jd_expander": {"vi": "Hoặc dùng mô tả công việc (JD)", "en": "Or use a job description"},
    "jd_text": {"vi": "Dán nội dung JD", "en": "Paste the job description"},
    "jd_file": {"vi": "hoặc tải JD lên (PDF, DOCX, TXT)", "en": "or upload it (PDF, DOCX, TXT)"},
    "jd_active": {
        "vi": "Đang chấm theo JD; kết quả có thêm cột JD.",
        "en": "Scoring against the job description too (level JD).",
    },
    "jd_summary": {
        "vi": "JD gần nhất với cấp {level}; kinh nghiệm {lo:g}–{hi:g} năm; lương {band}.",
        "en": "The JD is closest to {level}; {lo:g}–{hi:g} years; pay {band}.",
    },
    "jd_error": {"vi": "Không đọc được JD: {msg}", "en": "Could not read the JD: {msg}"},
    "progress": {"vi": "Đã xử lý {done}/{total} tệp", "en": "{done}/{total} files done"},
    "screened_summary": {
        "vi": "{ok} CV đã chấm, {failed} tệp không chấm được, tổng {total} tệp.",
        "en": "{ok} CVs screened, {failed} files could not be screened, {total} in all.",
    },
    "empty_state": {
        "vi": "Chưa có CV nào. Tải CV lên hoặc bấm “Dùng thử CV mẫu”.",
        "en": "No CVs yet. Upload some or press “Try the sample CVs”.",
    },
    "filters": {"vi": "Bộ lọc và sắp xếp", "en": "Filters and sorting"},
    "min_score": {"vi": "Điểm tối thiểu", "en": "Minimum score"},
    "filter_level": {"vi": "Cấp phù hợp", "en": "Best level"},
    "filter_orientation": {"vi": "Định hướng", "en": "Orientation"},
    "filter_salary": {"vi": "Chỉ lương trong khung", "en": "Salary within band only"},
    "hide_errors": {"vi": "Ẩn tệp lỗi", "en": "Hide failed files"},
    "sort_by": {"vi": "Sắp xếp theo", "en": "Sort by"},
    "sort_score": {"vi": "Điểm (cao → thấp)", "en": "Score (high → low)"},
    "sort_years": {"vi": "Số năm kinh nghiệm", "en": "Years of experience"},
    "sort_name": {"vi": "Tên ứng viên", "en": "Candidate name"},
    "ranked_table": {"vi": "Bảng xếp hạng", "en": "Ranked candidates"},
    "table_hint": {
        "vi": "Chọn một dòng để xem chi tiết ứng viên.",
        "en": "Select a row to open the candidate's detail.",
    },
    "shown_n": {"vi": "Đang hiển thị {n}/{total} ứng viên", "en": "Showing {n} of {total}"},
    "failed_files": {"vi": "Tệp không chấm được", "en": "Files that could not be screened"},
    "downloads": {"vi": "Tải xuống", "en": "Downloads"},
    "dl_csv": {"vi": "Bảng (CSV)", "en": "Table (CSV)"},
    "dl_xlsx": {"vi": "Bảng (Excel)", "en": "Table (Excel)"},
    "dl_jsonl": {"vi": "Toàn bộ kết quả (JSON lines)", "en": "Full results (JSON lines)"},
    "open_candidate": {"vi": "Xem chi tiết ứng viên", "en": "Open a candidate"},
    # detail
    "detail_title": {"vi": "Chi tiết: {label}", "en": "Detail: {label}"},
    "score_per_level": {"vi": "Điểm theo cấp", "en": "Score per level"},
    "criteria": {"vi": "Tiêu chí và bằng chứng", "en": "Criteria and evidence"},
    "criteria_level": {"vi": "Tiêu chí cho cấp", "en": "Criteria for level"},
    "missing_criteria": {"vi": "Tiêu chí còn thiếu", "en": "Missing criteria"},
    "none_missing": {"vi": "Không thiếu tiêu chí nào.", "en": "Nothing missing."},
    "no_evidence": {"vi": "Không có dòng nào trong CV.", "en": "No line in the CV."},
    "salary_band": {"vi": "Lương so với khung", "en": "Salary against band"},
    "expected": {"vi": "Mong muốn", "en": "Expected"},
    "band": {"vi": "Khung {level} ({band})", "en": "{level} band ({band})"},
    "band_junior": {"vi": "junior", "en": "junior"},
    "band_senior": {"vi": "senior", "en": "senior"},
    "orientation": {"vi": "Định hướng Account / Sales", "en": "Account versus sales"},
    "account_side": {"vi": "Dấu hiệu Account", "en": "Account signals"},
    "sales_side": {"vi": "Dấu hiệu Sales", "en": "Sales signals"},
    "profile": {"vi": "Thông tin đọc từ CV", "en": "What was read"},
    "name": {"vi": "Họ tên", "en": "Name"},
    "email": {"vi": "E-mail", "en": "E-mail"},
    "phone": {"vi": "Điện thoại", "en": "Phone"},
    "years": {"vi": "Số năm kinh nghiệm", "en": "Years of experience"},
    "title": {"vi": "Chức danh hiện tại", "en": "Current title"},
    "headline": {"vi": "Chức danh tự nêu", "en": "Stated title"},
    "companies": {"vi": "Công ty", "en": "Companies"},
    "education": {"vi": "Học vấn", "en": "Education"},
    "english": {"vi": "Tiếng Anh", "en": "English"},
    "roles": {"vi": "Quá trình làm việc", "en": "Roles"},
    "readiness": {"vi": "Sẵn sàng thăng tiến", "en": "Promotion readiness"},
    "readiness_to": {
        "vi": "Sẵn sàng {pct:.0f}% cho cấp {level}",
        "en": "{pct:.0f}% ready for {level}",
    },
    "top_level": {"vi": "Đã ở cấp cao nhất.", "en": "Already at the top level."},
    "gaps": {"vi": "Khoảng trống", "en": "Gaps"},
    "need_have": {"vi": "cần: {need} · hiện có: {have}", "en": "needs: {need} · has: {have}"},
    # self-check
    "self_intro": {
        "vi": "Tải CV của bạn lên để biết bạn hợp cấp nào hôm nay, lương mong muốn so với khung "
        "thị trường, và cần bổ sung gì để lên cấp tiếp theo.",
        "en": "Upload your CV to see which level it fits today, your expected salary against "
        "the band, and what to add for the next level.",
    },
    "self_upload": {"vi": "CV của bạn (PDF, DOCX, TXT)", "en": "Your CV (PDF, DOCX, TXT)"},
    "not_kept": {
        "vi": "CV của bạn chỉ được đọc trong phiên này và không được lưu lại ở đâu.",
        "en": "Your CV is read for this session only and is not kept anywhere.",
    },
    "fits_today": {"vi": "Phù hợp hôm nay", "en": "Fits today"},
    "fits_none": {"vi": "Chưa đủ cho cấp AE", "en": "Not yet at AE"},
    "best_score": {"vi": "Điểm cấp phù hợp", "en": "Score at that level"},
    "checklist": {
        "vi": "Danh sách cần bổ sung để lên {level}",
        "en": "Checklist for {level}",
    },
    "no_gaps": {"vi": "Không còn khoảng trống nào.", "en": "No gaps left."},
    "self_failed": {"vi": "Không chấm được CV: {msg}", "en": "The CV could not be screened: {msg}"},
    # compare
    "compare_intro": {
        "vi": "Chọn 2 đến 5 ứng viên từ đợt sàng lọc hiện tại hoặc từ danh sách đã lưu.",
        "en": "Choose 2 to 5 candidates from the current batch or from saved shortlists.",
    },
    "compare_pick": {"vi": "Ứng viên", "en": "Candidates"},
    "compare_level": {"vi": "So sánh theo cấp", "en": "Compare at level"},
    "compare_need_two": {"vi": "Hãy chọn ít nhất 2 ứng viên.", "en": "Choose at least 2."},
    "compare_empty": {
        "vi": "Chưa có ứng viên nào. Hãy sàng lọc CV ở trang “Sàng lọc hàng loạt” trước.",
        "en": "No candidates yet. Screen some CVs on the “Screen a batch” page first.",
    },
    "compare_summary": {"vi": "Tổng quan", "en": "Summary"},
    "compare_chart": {"vi": "Điểm theo tiêu chí", "en": "Criteria scores"},
    "from_batch": {"vi": "đợt hiện tại", "en": "current batch"},
    "from_saved": {"vi": "đã lưu", "en": "saved"},
    "row_score": {"vi": "Điểm", "en": "Score"},
    "row_years": {"vi": "Số năm KN", "en": "Years"},
    "row_salary": {"vi": "Lương mong muốn", "en": "Expected salary"},
    "row_band": {"vi": "Khung lương", "en": "Band"},
    "row_salary_fit": {"vi": "So với khung", "en": "Against band"},
    "row_orientation": {"vi": "Định hướng", "en": "Orientation"},
    "row_gaps": {"vi": "Khoảng trống", "en": "Gaps"},
    # profiles
    "profiles_intro": {
        "vi": "Hồ sơ AE, AM, AD: kỹ năng, mức độ, trọng số, số năm và khung lương. Chỉnh trọng "
        "số và khung lương cho phiên này; việc sàng lọc sẽ dùng hồ sơ đã chỉnh.",
        "en": "The AE, AM and AD profiles: skills, depth, weights, years and salary bands. "
        "Adjust weights and bands for this session; screening uses the adjusted profiles.",
    },
    "profiles_version": {"vi": "Phiên bản hồ sơ: {v}", "en": "Profile version: {v}"},
    "skills_table": {"vi": "Kỹ năng và trọng số", "en": "Skills and weights"},
    "criteria_table": {"vi": "Tiêu chí và trọng số", "en": "Criteria and weights"},
    "years_req": {"vi": "Số năm kinh nghiệm", "en": "Years of experience"},
    "bands_table": {
        "vi": "Khung lương (triệu VND/tháng)",
        "en": "Salary bands (million VND/month)",
    },
    "typical_titles": {"vi": "Chức danh tiêu biểu", "en": "Typical titles"},
    "band_from_years": {"vi": "Từ năm KN", "en": "From year"},
    "apply": {"vi": "Áp dụng cho phiên này", "en": "Apply for this session"},
    "reset": {"vi": "Khôi phục mặc định", "en": "Reset to defaults"},
    "applied": {"vi": "Đã áp dụng.", "en": "Applied."},
    "download_yaml": {"vi": "Tải hồ sơ (YAML)", "en": "Download profile (YAML)"},
    "upload_yaml": {"vi": "Tải lên một hồ sơ (YAML)", "en": "Upload a profile (YAML)"},
    "yaml_error": {"vi": "Hồ sơ không hợp lệ: {msg}", "en": "Invalid profile: {msg}"},
    "yaml_loaded": {"vi": "Đã nạp hồ sơ {level}.", "en": "Loaded the {level} profile."},
    "skill": {"vi": "Kỹ năng", "en": "Skill"},
    "depth": {"vi": "Mức độ (0-4)", "en": "Depth (0-4)"},
    "weight": {"vi": "Trọng số", "en": "Weight"},
    "band_col": {"vi": "Khung", "en": "Band"},
    "min": {"vi": "Tối thiểu", "en": "Min"},
    "max": {"vi": "Tối đa", "en": "Max"},
    "profiles_unavailable": {
        "vi": "Chưa nạp được hồ sơ vị trí: {msg}",
        "en": "The job profiles could not be loaded: {msg}",
    },
}


def lang() -> str:
    """The session's language, Vietnamese unless the visitor chose English."""
    value = st.session_state.get("lang", DEFAULT_LANG)
    return value if value in LANGS else DEFAULT_LANG


def t(key: str, _lang: str | None = None, **fmt: object) -> str:
    """The string ``key`` in the session's language (or ``_lang``), formatted with ``fmt``."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(_lang or lang()) or entry[DEFAULT_LANG]
    return text.format(**fmt) if fmt else text


def level_name(level: str | None, *, short: bool = False, _lang: str | None = None) -> str:
    """Display name of a level id ("ae", "am", "ad", "jd")."""
    if not level:
        return t("level_none", _lang)
    if short:
        return level.upper()
    return t(f"level_{level}", _lang) if f"level_{level}" in STRINGS else level.upper()


def labels(prefix: str = "") -> Callable[[str], str]:
    """A ``format_func`` for option ids, bound to the current language.

    Widgets call it outside the script run too (tests), where the session is not readable.
    """
    bound = lang()

    def label(option: str) -> str:
        if prefix == "level":
            return t("level_best", bound) if option == "best" else level_name(option, _lang=bound)
        if prefix == "level_short":
            return level_name(option, short=True, _lang=bound)
        return t(f"{prefix}{option}", bound)

    return label


def pick(vi: str | None, en: str | None, *, language: str | None = None) -> str:
    """The Vietnamese or English variant of a bilingual value, falling back to the other."""
    want = language or lang()
    first, second = (vi, en) if want == "vi" else (en, vi)
    return first or second or ""
