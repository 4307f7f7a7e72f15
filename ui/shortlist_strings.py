"""Words of the shortlist controls and page, in Vietnamese (the default) and English.

``st_("key", **fmt)`` reads the language from ``st.session_state["lang"]`` like ``ui.strings.t``.
"""

from __future__ import annotations

import streamlit as st

STRINGS: dict[str, dict[str, str]] = {
    "page_title": {"vi": "Danh sách rút gọn", "en": "Shortlists"},
    "intro": {
        "vi": "Ứng viên đã lưu vẫn còn sau khi đóng trình duyệt. Chỉ lưu điều một danh sách "
        "cần (kết quả chấm, họ tên, liên hệ), không lưu toàn văn CV trừ khi bạn bật. Dữ liệu "
        "tự xoá khi hết thời hạn lưu của danh sách.",
        "en": "Saved candidates outlive the browser session. Only what a shortlist needs is "
        "kept (the result, name and contact), never the full CV text unless you turn it on. "
        "Data is deleted automatically when the shortlist's retention period ends.",
    },
    "actor": {"vi": "Tên của bạn (ghi vào nhật ký)", "en": "Your name (for the audit log)"},
    "actor_default": {"vi": "người tuyển dụng", "en": "recruiter"},
    "none_yet": {
        "vi": "Chưa có danh sách nào. Tạo một danh sách ở đây hoặc thêm ứng viên từ trang "
        "Sàng lọc hàng loạt.",
        "en": "No shortlist yet. Create one here or add candidates from the Screen a batch page.",
    },
    "create": {"vi": "Tạo danh sách mới", "en": "Create a shortlist"},
    "name": {"vi": "Tên danh sách", "en": "Shortlist name"},
    "level": {"vi": "Vị trí", "en": "Role level"},
    "level_none": {"vi": "Không chọn", "en": "None"},
    "retention": {"vi": "Thời hạn lưu (ngày)", "en": "Retention (days)"},
    "retention_help": {
        "vi": "Ứng viên bị xoá khỏi danh sách sau số ngày này; ai không còn trong danh sách "
        "nào sẽ bị xoá hẳn.",
        "en": "Candidates leave the shortlist after this many days; anyone left on no "
        "shortlist is deleted entirely.",
    },
    "store_raw": {"vi": "Lưu cả tệp CV gốc", "en": "Keep the original CV files"},
    "store_raw_help": {
        "vi": "Mặc định tắt: chỉ lưu kết quả chấm. Chỉ bật khi ứng viên đã đồng ý.",
        "en": "Off by default: only the result is kept. Turn on only with the candidates' consent.",
    },
    "create_button": {"vi": "Tạo", "en": "Create"},
    "created": {"vi": "Đã tạo danh sách «{name}».", "en": "Created shortlist “{name}”."},
    "name_needed": {"vi": "Hãy nhập tên danh sách.", "en": "Please enter a name."},
    "open": {"vi": "Mở danh sách", "en": "Open a shortlist"},
    "list_label": {"vi": "{name} ({n} ứng viên)", "en": "{name} ({n} candidates)"},
    "settings": {"vi": "Cài đặt danh sách", "en": "Shortlist settings"},
    "rename": {"vi": "Đổi tên", "en": "Rename"},
    "save_settings": {"vi": "Lưu cài đặt", "en": "Save settings"},
    "saved": {"vi": "Đã lưu.", "en": "Saved."},
    "delete_list": {"vi": "Xoá danh sách này", "en": "Delete this shortlist"},
    "delete_list_confirm": {
        "vi": "Tôi hiểu: ứng viên không thuộc danh sách nào khác cũng bị xoá.",
        "en": "I understand: candidates on no other shortlist are deleted too.",
    },
    "deleted_list": {
        "vi": "Đã xoá danh sách ({n} ứng viên bị xoá hẳn).",
        "en": "Shortlist deleted ({n} candidates deleted entirely).",
    },
    "list_facts": {
        "vi": "Vị trí: {level} · lưu {days} ngày · tạo bởi {by}, {at}",
        "en": "Level: {level} · kept {days} days · created by {by}, {at}",
    },
    "jd": {"vi": "Mô tả công việc", "en": "Job description"},
    "members": {"vi": "Ứng viên", "en": "Candidates"},
    "empty_list": {
        "vi": "Danh sách trống. Thêm ứng viên từ trang Sàng lọc hàng loạt.",
        "en": "This shortlist is empty. Add candidates from the Screen a batch page.",
    },
    "col_candidate": {"vi": "Ứng viên", "en": "Candidate"},
    "col_score": {"vi": "Điểm", "en": "Score"},
    "col_best": {"vi": "Cấp phù hợp", "en": "Best level"},
    "col_status": {"vi": "Trạng thái", "en": "Status"},
    "col_consent": {"vi": "Đồng ý", "en": "Consent"},
    "col_stale": {"vi": "Điểm cũ", "en": "Stale"},
    "col_added": {"vi": "Ngày thêm", "en": "Added"},
    "col_expires": {"vi": "Hết hạn lưu", "en": "Expires"},
    "col_notes": {"vi": "Ghi chú", "en": "Notes"},
    "status_new": {"vi": "Mới", "en": "New"},
    "status_interview": {"vi": "Phỏng vấn", "en": "Interview"},
    "status_offer": {"vi": "Đề nghị", "en": "Offer"},
    "status_rejected": {"vi": "Không phù hợp", "en": "Rejected"},
    "consent_given": {"vi": "Đã đồng ý", "en": "Given"},
    "consent_withdrawn": {"vi": "Đã rút lại", "en": "Withdrawn"},
    "consent_unknown": {"vi": "Chưa rõ", "en": "Unknown"},
    "stale_mark": {"vi": "⚠ cũ", "en": "⚠ stale"},
    "stale_warning": {
        "vi": "Điểm này được chấm bằng hồ sơ vị trí phiên bản {old}; phiên bản hiện tại là "
        "{new}. Hãy chấm lại CV để cập nhật.",
        "en": "This score was computed with profile version {old}; the current version is "
        "{new}. Screen the CV again to refresh it.",
    },
    "export_csv": {"vi": "Tải danh sách (CSV)", "en": "Download shortlist (CSV)"},
    "pick": {"vi": "Chọn ứng viên", "en": "Choose a candidate"},
    "status": {"vi": "Trạng thái", "en": "Status"},
    "consent": {"vi": "Sự đồng ý của ứng viên", "en": "Candidate's consent"},
    "consent_help": {
        "vi": "Sự im lặng không phải là đồng ý. Khi ứng viên rút lại, hãy xoá dữ liệu.",
        "en": "Silence is never consent. When a candidate withdraws, delete their data.",
    },
    "withdrawn_hint": {
        "vi": "Ứng viên đã rút lại sự đồng ý: hãy xoá dữ liệu của họ.",
        "en": "The candidate withdrew consent: delete their data.",
    },
    "notes": {"vi": "Ghi chú", "en": "Notes"},
    "note_new": {"vi": "Ghi chú mới", "en": "New note"},
    "note_add": {"vi": "Thêm ghi chú", "en": "Add note"},
    "note_by": {"vi": "{author}, {at}", "en": "{author}, {at}"},
    "no_notes": {"vi": "Chưa có ghi chú.", "en": "No notes yet."},
    "export_json": {"vi": "Xuất toàn bộ dữ liệu (JSON)", "en": "Export all their data (JSON)"},
    "export_json_help": {
        "vi": "Mọi thứ đã lưu về ứng viên này, để trả lời yêu cầu truy cập dữ liệu.",
        "en": "Everything stored about this candidate, for a data access request.",
    },
    "delete_candidate": {"vi": "Xoá ứng viên ở mọi nơi", "en": "Delete candidate everywhere"},
    "delete_candidate_confirm": {
        "vi": "Xoá vĩnh viễn khỏi mọi danh sách, ghi chú và bộ nhớ đệm.",
        "en": "Delete for good from every shortlist, note and cache.",
    },
    "deleted_candidate": {"vi": "Đã xoá ứng viên.", "en": "Candidate deleted."},
    "audit": {"vi": "Nhật ký truy cập", "en": "Audit log"},
    "purged": {
        "vi": "Đã xoá {n} ứng viên hết thời hạn lưu.",
        "en": "Deleted {n} candidates whose retention period ended.",
    },
    "purge_failed": {
        "vi": "Không xoá được dữ liệu hết hạn: {msg}",
        "en": "Could not delete expired data: {msg}",
    },
    # add-to-shortlist controls on the batch page
    "add_title": {"vi": "Thêm vào danh sách rút gọn", "en": "Add to shortlist"},
    "add_pick": {"vi": "Ứng viên cần lưu", "en": "Candidates to save"},
    "add_all": {"vi": "Chọn tất cả", "en": "Select all"},
    "add_target": {"vi": "Danh sách", "en": "Shortlist"},
    "add_new_option": {"vi": "Danh sách mới…", "en": "New shortlist…"},
    "add_consent": {
        "vi": "Các ứng viên này đã đồng ý cho lưu hồ sơ",
        "en": "These candidates agreed to their data being kept",
    },
    "add_button": {"vi": "Lưu vào danh sách", "en": "Save to shortlist"},
    "add_none": {"vi": "Hãy chọn ít nhất một ứng viên.", "en": "Choose at least one candidate."},
    "added": {
        "vi": "Đã lưu {n} ứng viên vào «{name}» ({merged} trùng đã gộp).",
        "en": "Saved {n} candidates to “{name}” ({merged} duplicates merged).",
    },
    "open_shortlists": {"vi": "Mở trang Danh sách rút gọn", "en": "Open the Shortlists page"},
    "candidate_n": {"vi": "Ứng viên {n}", "en": "Candidate {n}"},
}


def st_(key: str, **fmt: object) -> str:
    """The string ``key`` in the session's language (Vietnamese by default)."""
    lang = st.session_state.get("lang", "vi")
    entry = STRINGS[key]
    text = entry.get(lang) or entry["vi"]
    return text.format(**fmt) if fmt else text
