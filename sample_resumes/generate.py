"""Generate the sample CVs: fictional people, written for this project, as PDF, DOCX and TXT.

The CV content is data (``CVS``); a few layout functions render it. Output is deterministic
(fixed dates inside the documents, reportlab ``invariant=1``, zip entries with a fixed
timestamp), so the committed files equal a fresh run: ``python sample_resumes/generate.py``.
Vietnamese glyphs come from DejaVuSans, so the PDFs extract as real text; the tests read the
committed files and never need the font.
"""

from __future__ import annotations

import argparse
import codecs
import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
FIXED_TIME = datetime(2026, 10, 1, 9, 0, 0)
ZIP_TIME = (2026, 10, 1, 9, 0, 0)

# Line marks inside a section: "## " a role title (bold), "- " a bullet, anything else plain.
Block = tuple[str, list[str]]

CVS: list[dict[str, Any]] = [
    {
        "file": "vi_01_fresh_graduate.pdf",
        "layout": "pdf",
        "persona": "fresh graduate, internships only",
        "header": [
            "Đỗ Khánh Linh",
            "Ứng tuyển: Account Executive",
            "Email: dokhanhlinh.demo@example.com",
            "SĐT: 0901 234 001",
            "Địa chỉ: Quận Bình Thạnh, TP. Hồ Chí Minh",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 12/08/2004",
                    "Giới tính: Nữ",
                    "Tình trạng hôn nhân: Độc thân",
                ],
            ),
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Sinh viên mới tốt nghiệp ngành Marketing, mong muốn trở thành Account Executive "
                    "tại một agency quảng cáo, học cách tiếp nhận brief và làm việc cùng nhãn hàng.",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cử nhân Marketing – Trường Đại học Kinh tế TP.HCM (UEH), 2022 - 2026",
                    "GPA 3.4/4 – Xếp loại: Giỏi",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Thực tập sinh Account – Công ty TNHH Truyền thông Hạt Cải",
                    "03/2026 - 08/2026",
                    "- Hỗ trợ Account tiếp nhận brief từ khách hàng và brief lại cho team sáng tạo",
                    "- Theo dõi tiến độ sản xuất nội dung social, cập nhật timeline hàng tuần",
                    "- Soạn báo cáo tiến độ và biên bản họp (contact report) gửi khách hàng",
                    "## Thực tập sinh Marketing – Công ty CP Thực phẩm Lá Dứa",
                    "T7/2025 - T9/2025",
                    "- Hỗ trợ lên kế hoạch cho chương trình khuyến mãi mùa hè",
                    "- Tổng hợp số liệu quảng cáo Facebook bằng Excel",
                ],
            ),
            (
                "KỸ NĂNG",
                [
                    "- Tin học văn phòng: Word, Excel, PowerPoint",
                    "- Kỹ năng giao tiếp, làm việc nhóm",
                    "- Cẩn thận, tỉ mỉ, chịu được áp lực deadline",
                    "- Tiếng Anh: TOEIC 720",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["5.500.000 VNĐ/tháng"]),
        ],
    },
    {
        "file": "vi_02_junior_ae_two_column.pdf",
        "layout": "pdf_two_column",
        "persona": "junior AE, 1 year, TopCV-like two columns with a photo",
        "photo": True,
        "name_band": True,
        "header": ["PHẠM MINH THƯ", "Account Executive"],
        "side": [
            (
                "THÔNG TIN LIÊN HỆ",
                [
                    "thu.pham.demo@example.vn",
                    "0912 345 602",
                    "Quận 3, TP. Hồ Chí Minh",
                ],
            ),
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 25/11/2001",
                    "Giới tính: Nữ",
                    "Tình trạng hôn nhân: Độc thân",
                    "Quê quán: Quảng Ngãi",
                ],
            ),
            (
                "KỸ NĂNG",
                [
                    "- Kỹ năng giao tiếp, đàm phán",
                    "- Tư duy sáng tạo",
                    "- Đa nhiệm, chịu được áp lực",
                    "- Tin học văn phòng (Excel, PowerPoint)",
                ],
            ),
            ("NGOẠI NGỮ", ["Tiếng Anh giao tiếp – IELTS 6.5"]),
        ],
        "body": [
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Trở thành Account Executive vững nghề, là đầu mối liên hệ tin cậy của khách "
                    "hàng và phát triển lên Senior AE trong 2 năm tới.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Account Executive",
                    "Công ty CP Quảng cáo Gió Nam",
                    "Tháng 11/2025 - Hiện tại",
                    "- Là đầu mối liên hệ hằng ngày của 3 nhãn hàng FMCG và mỹ phẩm",
                    "- Tiếp nhận brief, brief lại cho team creative và media",
                    "- Lập báo giá, theo dõi tiến độ triển khai chiến dịch digital",
                    "- Làm báo cáo tổng kết chiến dịch, hỗ trợ kế toán thu hồi công nợ",
                    "## Thực tập sinh Account",
                    "Công ty CP Quảng cáo Gió Nam",
                    "Tháng 6/2025 - Tháng 10/2025",
                    "- Hỗ trợ chuẩn bị proposal và tài liệu họp với khách hàng",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cử nhân Quản trị Marketing – Trường Đại học Ngoại thương (FTU), 2021 - 2025",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["8 - 10 triệu/tháng"]),
        ],
    },
    {
        "file": "vi_03_senior_ae_two_column.pdf",
        "layout": "pdf_two_column",
        "persona": "senior AE, 3 years, promoted AE -> Senior AE at one agency",
        "interleaved": True,
        "header": ["LÊ HOÀNG PHÚC", "Senior Account Executive"],
        "side": [
            (
                "LIÊN HỆ",
                [
                    "Điện thoại: 0988.777.603",
                    "Email: phuc.lehoang@example.com",
                    "Zalo: 0988.777.603",
                ],
            ),
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 03/02/2001",
                    "Giới tính: Nam",
                    "Tình trạng hôn nhân: Đã kết hôn",
                    "CCCD: 079201000603",
                ],
            ),
            (
                "KỸ NĂNG",
                [
                    "- Quản lý dự án, theo dõi tiến độ",
                    "- Đàm phán, thuyết trình",
                    "- MS Office, Google Workspace",
                    "- Tiếng Anh: TOEIC 780",
                ],
            ),
        ],
        "body": [
            (
                "TÓM TẮT",
                [
                    "3 năm làm Account tại agency digital và activation, được thăng chức từ AE lên "
                    "Senior AE tại cùng công ty.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Senior Account Executive",
                    "Công ty TNHH Truyền thông Lam Sơn",
                    "11/2024 - nay",
                    "- Quản lý 4 khách hàng ngành ngân hàng và bảo hiểm, là người liên hệ chính",
                    "- Lên proposal, đề xuất concept cho các chiến dịch activation",
                    "- Dự toán ngân sách, kiểm soát chi phí phát sinh",
                    "- Upsell thêm gói social listening, mở rộng scope retainer 30%",
                    "## Account Executive",
                    "Công ty TNHH Truyền thông Lam Sơn",
                    "11/2023 - 10/2024",
                    "- Tiếp nhận brief, theo dõi tiến độ sản xuất TVC và KV",
                    "- Nghiệm thu, thanh lý hợp đồng và đối soát công nợ với kế toán",
                    "- Báo cáo tiến độ hàng tuần cho khách hàng",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cử nhân Quan hệ công chúng – Học viện Báo chí và Tuyên truyền, 2019 - 2023",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["12-15 triệu/tháng"]),
        ],
    },
    {
        "file": "en_04_account_manager_digital.pdf",
        "layout": "pdf",
        "persona": "Account Manager, 5 years, digital agency, English",
        "header": [
            "Võ Ngọc Trân",
            "Account Manager | Digital Agency",
            "tran.vo@example.net · +84 903 456 704 · Ho Chi Minh City",
        ],
        "body": [
            (
                "SUMMARY",
                [
                    "Account Manager with 5 years in digital agencies, leading client servicing for "
                    "e-commerce, FMCG and fintech brands.",
                ],
            ),
            (
                "WORK EXPERIENCE",
                [
                    "## Account Manager — Pixel Orchid Digital",
                    "Nov 2023 – Present",
                    "- Lead client servicing for a portfolio of 6 retainer accounts",
                    "- Own the client brief, debrief the creative and media teams, present "
                    "proposals and pitch decks",
                    "- Manage a team of 3 AEs: coaching, workload planning and reviews",
                    "- Grow existing accounts through upsell and cross-sell; 92% retention rate",
                    "- Track account revenue and margin; monthly forecast to the agency head",
                    "## Account Executive — Cloud Nine Interactive",
                    "Nov 2021 – Oct 2023",
                    "- Day-to-day key contact for 4 brands on social and performance campaigns",
                    "- Prepared quotations and estimates; tracked timelines and WIP",
                    "- Weekly reports and post-campaign recaps",
                ],
            ),
            (
                "EDUCATION",
                [
                    "Bachelor of Business (Marketing), RMIT University Vietnam, 2017 – 2021",
                ],
            ),
            (
                "SKILLS",
                [
                    "- Client servicing, stakeholder management, negotiation",
                    "- Media plan, social, performance marketing, KOL campaigns",
                    "- Google Workspace, PowerPoint, Excel",
                ],
            ),
            ("LANGUAGES", ["English – IELTS 7.5", "Vietnamese – native"]),
            ("EXPECTED SALARY", ["28,000,000 VND/month (gross)"]),
        ],
    },
    {
        "file": "en_05_account_director.pdf",
        "layout": "pdf",
        "persona": "Account Director, 10 years, team and P&L, English",
        "header": [
            "Bùi Quang Huy",
            "Account Director – Integrated Communications",
            "Email: huy.bui@example.com | Mobile: (+84) 908123705 | Hanoi",
        ],
        "body": [
            (
                "PROFILE",
                [
                    "10+ years in agency client service, from Account Executive to Account "
                    "Director. Leads a client service team of 12 and owns the P&L of the "
                    "automotive and banking portfolio.",
                ],
            ),
            (
                "EXPERIENCE",
                [
                    "## Account Director, Lotus Bridge Advertising",
                    "December 2019 to Present",
                    "- Head of a client service team of 12 (2 AMs, 10 AEs): hiring, coaching and "
                    "line management",
                    "- Own the P&L of the portfolio: revenue +28% in 2025 at a 32% margin",
                    "- Set marketing strategy and IMC plans with clients' CMOs",
                    "- Lead pitches: won 5 new business pitches in 2024-2025",
                    "- Grow accounts through upsell into larger retainer scopes",
                    "## Account Manager, Lotus Bridge Advertising",
                    "Jan 2018 – Nov 2019",
                    "- Managed 5 accounts: briefs, proposals, budgets and contract sign-off",
                    "## Account Executive, Red Kite Media",
                    "Feb 2016 – Dec 2017",
                    "- Client servicing for FMCG brands on ATL and BTL campaigns; weekly reports",
                ],
            ),
            (
                "EDUCATION",
                [
                    "Bachelor of Marketing, National Economics University (NEU), 2011 – 2015",
                ],
            ),
            (
                "SKILLS",
                [
                    "- Leadership, negotiation, P&L management, forecasting, presentation",
                ],
            ),
            ("EXPECTED SALARY", ["55 – 60 million VND/month (net)"]),
        ],
    },
    {
        "file": "vi_06_sales_hunter_nvkd.pdf",
        "layout": "pdf",
        "persona": "sales-only hunter: telesales and NVKD (look-alike)",
        "header": [
            "Trương Văn Lực",
            "NVKD / Sales B2B",
            "SĐT: 0977 888 606 | Email: luc.truong@example.vn",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 20/04/1996",
                    "Giới tính: Nam",
                    "Tình trạng hôn nhân: Đã kết hôn",
                    "Thường trú: Biên Hòa, Đồng Nai",
                    "CMND: 272000606",
                ],
            ),
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Đạt và vượt KPI doanh số, lên Trưởng nhóm kinh doanh trong 2 năm.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Nhân viên kinh doanh – Công ty TNHH Thiết bị Văn phòng Minh Phát",
                    "Tháng 6/2022 - Hiện tại",
                    "- Tìm kiếm khách hàng mới qua cold call, data mua và hội chợ; 60 cuộc gọi/ngày",
                    "- Tư vấn, báo giá và chốt đơn máy photocopy, máy chiếu cho doanh nghiệp",
                    "- Đạt 115% KPI doanh số năm 2025, doanh số trung bình 450 triệu/tháng",
                    "- Hưởng hoa hồng theo doanh số; mở mới 35 đại lý khu vực Đông Nam Bộ",
                    "## Telesales – Công ty CP Bảo hiểm Nhân thọ Sao Việt",
                    "01/2021 - 05/2022",
                    "- Gọi điện telesales 150 khách/ngày, chốt hợp đồng bảo hiểm qua điện thoại",
                    "- Top 3 doanh số quý 3/2021",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cao đẳng Quản trị kinh doanh – Trường Cao đẳng Kinh tế Đối ngoại, 2016 - 2019",
                ],
            ),
            (
                "KỸ NĂNG",
                [
                    "- Đàm phán, thuyết phục khách hàng",
                    "- Chịu được áp lực doanh số",
                    "- Tin học văn phòng",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["15tr + hoa hồng"]),
        ],
    },
    {
        "file": "vi_07_call_centre_cskh.txt",
        "layout": "txt",
        "encoding": "utf-8",
        "persona": "call-centre customer service, CSKH tổng đài (look-alike)",
        "header": [
            "HỒ THỊ NGỌC BÍCH",
            "Nhân viên Chăm sóc khách hàng - Tổng đài",
            "Số điện thoại: +84 935 100 707",
            "Email: bich.ho.cskh@example.com",
            "Địa chỉ: Quận Hải Châu, Đà Nẵng",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 09/09/1999",
                    "Giới tính: Nữ",
                    "Tình trạng hôn nhân: Độc thân",
                ],
            ),
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Gắn bó lâu dài với vị trí chăm sóc khách hàng, trở thành trưởng ca tổng đài.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Nhân viên Chăm sóc khách hàng - Công ty CP Viễn thông Sông Hàn",
                    "03/2022 - nay",
                    "- Trực tổng đài 1900 inbound, tiếp nhận 80-100 cuộc gọi mỗi ca",
                    "- Giải quyết khiếu nại về cước phí và chất lượng dịch vụ theo quy trình",
                    "- Tra cứu thông tin thuê bao, hướng dẫn khách hàng sử dụng dịch vụ",
                    "- Đạt chỉ số hài lòng khách hàng (CSAT) 95%",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cử nhân Quản trị kinh doanh - Trường Đại học Kinh tế Đà Nẵng, 2017 - 2021",
                ],
            ),
            (
                "KỸ NĂNG",
                [
                    "- Kỹ năng giao tiếp qua điện thoại, giọng nói chuẩn",
                    "- Kiên nhẫn, chịu được áp lực",
                    "- Tin học văn phòng, phần mềm CRM",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["10tr"]),
        ],
    },
    {
        "file": "vi_08_accountant_cong_no.docx",
        "layout": "docx",
        "persona": "accountant, kế toán công nợ (look-alike)",
        "header": [
            "Ngô Thị Thanh Hương",
            "Kế toán công nợ",
            "Điện thoại: 0868 200 808",
            "Email: huong.ngo.ketoan@example.vn",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 15/03/1994",
                    "Giới tính: Nữ",
                    "Tình trạng hôn nhân: Đã kết hôn",
                    "Quê quán: Nam Định",
                    "CCCD: 036194000808",
                ],
            ),
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Phát triển lên Kế toán tổng hợp tại doanh nghiệp phân phối.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Kế toán công nợ – Công ty TNHH Phân phối Hòa Bình",
                    "07/2020 - nay",
                    "- Theo dõi công nợ phải thu, phải trả của 200 khách hàng và nhà cung cấp",
                    "- Đối soát công nợ hàng tháng, xuất hóa đơn GTGT, lập biên bản đối chiếu",
                    "- Đôn đốc thanh toán, thu hồi công nợ quá hạn, báo cáo tuổi nợ cho kế toán "
                    "trưởng",
                    "## Kế toán viên – Công ty TNHH Dịch vụ Kế toán An Khang",
                    "08/2018 - 06/2020",
                    "- Hạch toán chứng từ, kê khai thuế GTGT, lập báo cáo tài chính cho doanh "
                    "nghiệp nhỏ",
                ],
            ),
            ("HỌC VẤN", ["Cử nhân Kế toán – Học viện Tài chính, 2014 - 2018"]),
            (
                "KỸ NĂNG",
                [
                    "- Phần mềm MISA, Excel (VLOOKUP, Pivot)",
                    "- Cẩn thận, tỉ mỉ, trung thực",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["14.000.000 VNĐ (net)"]),
        ],
    },
    {
        "file": "vi_09_fmcg_key_account.pdf",
        "layout": "pdf",
        "persona": "FMCG key-account seller, MT/GT, NPP, sell-in (look-alike)",
        "header": [
            "Đặng Quốc Bảo",
            "Key Account Executive – Kênh MT",
            "Di động: 0399 111 909",
            "Email: bao.dang.ka@example.com",
        ],
        "body": [
            ("THÔNG TIN CÁ NHÂN", ["Năm sinh: 1993", "Giới tính: Nam"]),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Key Account Executive",
                    "Công ty TNHH Hàng tiêu dùng Phú Gia – kênh MT",
                    "Tháng 3/2022 - Hiện tại",
                    "- Quản lý 3 chuỗi siêu thị (MT) tại TP.HCM: đàm phán listing, trưng bày, "
                    "chương trình khuyến mãi",
                    "- Chịu trách nhiệm doanh số sell-in, đạt 108% target năm 2025",
                    "- Phối hợp NPP kiểm soát tồn kho, đơn hàng và công nợ của chuỗi",
                    "## Nhân viên bán hàng kênh GT",
                    "Công ty CP Nước giải khát Suối Mát",
                    "2019 - 2021",
                    "- Mở mới 40 điểm bán lẻ, chăm sóc đại lý và NPP khu vực Thủ Đức",
                    "- Đạt KPI doanh số 6 quý liên tiếp",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cử nhân Quản trị kinh doanh – Trường Đại học Mở TP.HCM, 2014 - 2018",
                ],
            ),
            ("KỸ NĂNG", ["- Đàm phán với chuỗi bán lẻ", "- Excel báo cáo sell-in, sell-out"]),
            ("MỨC LƯƠNG MONG MUỐN", ["20 - 25 triệu"]),
        ],
    },
    {
        "file": "vi_10_career_changer_teacher.docx",
        "layout": "docx",
        "persona": "career changer: teacher -> junior AE",
        "header": [
            "Mai Thảo Vy",
            "Account Executive",
            "ĐT: 0765 432 110 | Email: vy.mai.ae@example.com",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Ngày sinh: 07/01/1996",
                    "Giới tính: Nữ",
                    "Tình trạng hôn nhân: Đã kết hôn",
                ],
            ),
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Sau gần 6 năm đứng lớp, tôi chuyển sang nghề Account để dùng kỹ năng thuyết "
                    "trình và tổ chức vào các chiến dịch truyền thông.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Account Executive – Công ty TNHH Truyền thông Cánh Diều",
                    "Tháng 3/2025 - Hiện tại",
                    "- Tiếp nhận brief của khách hàng giáo dục và F&B, lập timeline, theo dõi tiến độ",
                    "- Thuyết trình proposal cùng Account Manager, viết báo cáo tổng kết chiến dịch",
                    "- Phối hợp kế toán làm hồ sơ nghiệm thu và thanh lý hợp đồng",
                    "## Giáo viên Ngữ văn – Trường THCS Hoa Sen",
                    "09/2018 - 06/2024",
                    "- Giảng dạy 4 lớp, soạn giáo án, tổ chức sự kiện ngoại khóa cho 300 học sinh",
                ],
            ),
            ("HỌC VẤN", ["Cử nhân Sư phạm Ngữ văn – Trường Đại học Sư phạm TP.HCM, 2014 - 2018"]),
            (
                "KỸ NĂNG",
                [
                    "- Thuyết trình, kỹ năng giao tiếp",
                    "- Tư duy sáng tạo",
                    "- Tin học văn phòng",
                ],
            ),
            ("MỨC LƯƠNG MONG MUỐN", ["9.000.000 VNĐ"]),
        ],
    },
    {
        "file": "mixed_11_pr_ae.pdf",
        "layout": "pdf",
        "persona": "PR AE, Vietnamese headings with English agency jargon",
        "header": [
            "Tôn Nữ Quỳnh Như",
            "PR Account Executive",
            "Email: nhu.tonnu@example.vn | SĐT: 84905111211",
        ],
        "body": [
            ("THÔNG TIN CÁ NHÂN", ["Giới tính: Nữ", "Ngày sinh: 30/06/2002"]),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## PR Account Executive – Blue Lotus Communications",
                    "07/2024 - nay",
                    "- Handle client brief và lên PR plan cho 2 nhãn hàng skincare",
                    "- Draft press release, build media list, pitch báo chí và follow-up coverage",
                    "- Quản lý KOL/KOC booking, tracking timeline và deliverables",
                    "- Weekly report và post-campaign recap cho client",
                    "## PR Intern – Blue Lotus Communications",
                    "01/2024 - 06/2024",
                    "- Media monitoring, clipping và báo cáo hằng ngày",
                ],
            ),
            (
                "HỌC VẤN",
                [
                    "Cử nhân Quan hệ công chúng – Trường Đại học KHXH&NV TP.HCM, 2020 - 2024",
                ],
            ),
            (
                "KỸ NĂNG",
                [
                    "- Writing, storytelling, media relations",
                    "- English: IELTS 7.0",
                    "- Canva, Google Workspace",
                ],
            ),
        ],
    },
    {
        "file": "en_12_event_ae_table.docx",
        "layout": "docx_table",
        "persona": "event AE, English DOCX laid out in a table",
        "header": ["Chau Minh Dat", "Event Account Executive"],
        "side": [
            (
                "CONTACT",
                [
                    "Phone: 0934 567 812",
                    "Email: dat.chau.events@example.com",
                    "District 7, Ho Chi Minh City",
                ],
            ),
            (
                "SKILLS",
                [
                    "- Event planning and run-sheets",
                    "- Vendor management, budget control",
                    "- MS Office, Keynote",
                ],
            ),
            ("LANGUAGES", ["English – TOEIC 820"]),
        ],
        "body": [
            (
                "PROFILE",
                [
                    "Event AE who turns client briefs into launches, roadshows and year-end parties "
                    "that run on time and on budget.",
                ],
            ),
            (
                "EXPERIENCE",
                [
                    "## Event Account Executive – Sao Mai Events & Activation",
                    "02.2024 - present",
                    "- Key contact for 5 corporate clients: product launches, roadshows, year-end "
                    "parties",
                    "- Receive client briefs, write proposals and event concepts, present to clients",
                    "- Build cost estimates and quotations, control vendor budgets",
                    "- Run event timelines and on-site coordination; post-event recap reports",
                    "- Prepare acceptance documents and contract sign-off; payment follow-up with "
                    "finance",
                    "## Event Assistant – Hoa Phuong Wedding & Events",
                    "03.2023 - 12.2023",
                    "- Supported event logistics, vendor booking and run-sheets",
                ],
            ),
            (
                "EDUCATION",
                [
                    "Bachelor of Event Management, Western Pacific College of Tourism, 2018 – 2022",
                ],
            ),
            ("EXPECTED SALARY", ["13-15 million VND (gross)"]),
        ],
    },
    {
        "file": "vi_13_ae_old_phone_negotiable.txt",
        "layout": "txt",
        "encoding": "utf-16",
        "persona": "Vietnamese AE, old 11-digit phone, salary Thỏa thuận, UTF-16 with BOM",
        "header": [
            "QUÁCH THỊ MỸ DUYÊN",
            "Account Executive",
            "Di động: 01688 000 123",
            "Email: duyen.quach@example.vn",
            "Ngày sinh: 22/10/2000 | Giới tính: Nữ",
            "Tình trạng hôn nhân: Độc thân",
            "Hộ khẩu thường trú: Cần Thơ",
            "CCCD: 092300000123",
        ],
        "body": [
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Account Executive",
                    "Công ty TNHH Quảng cáo Mặt Trời Đỏ",
                    "08/2024 - nay",
                    "- Phụ trách các nhãn hàng F&B: tiếp nhận brief và lên kế hoạch triển khai",
                    "- Báo giá, theo dõi tiến độ in ấn POSM và sản xuất video",
                    "- Làm biên bản nghiệm thu, thanh lý hợp đồng, đối soát và thu hồi công nợ",
                    "## Thực tập sinh Marketing",
                    "Công ty CP Du lịch Sen Vàng",
                    "01/2024 - 06/2024",
                    "- Hỗ trợ viết content fanpage, tổng hợp báo cáo hàng tuần",
                ],
            ),
            ("HỌC VẤN", ["Cử nhân Marketing - Trường Đại học Cần Thơ, 2019 - 2023"]),
            ("KỸ NĂNG", ["- Kỹ năng giao tiếp, đàm phán", "- Tin học văn phòng"]),
            ("MỨC LƯƠNG MONG MUỐN", ["Thỏa thuận"]),
        ],
    },
    {
        "file": "en_14_senior_ae_usd.pdf",
        "layout": "pdf",
        "persona": "English senior AE, expected salary in USD",
        "header": [
            "Kiều Anh Tuấn",
            "Senior Account Executive",
            "Phone: +84 916 222 314 | Email: tuan.kieu@example.com",
        ],
        "body": [
            (
                "SUMMARY",
                [
                    "Senior AE at an international creative agency, promoted after one year; "
                    "works with regional brand teams in English every day.",
                ],
            ),
            (
                "EXPERIENCE",
                [
                    "## Senior Account Executive, Northstar Creative Vietnam",
                    "Sep 2024 – Present",
                    "- Key contact for two multinational beverage brands; manage client "
                    "expectations across regional stakeholders",
                    "- Lead briefs and re-briefs, present creative proposals, manage estimates "
                    "and POs",
                    "- Coordinate integrated campaigns (TVC, digital, activation) from kick-off "
                    "to recap",
                    "- Found upsell opportunities that added two retainers",
                    "## Account Executive, Northstar Creative Vietnam",
                    "Sep 2023 – Aug 2024",
                    "- Contact reports, WIP tracking, weekly status reports",
                ],
            ),
            (
                "EDUCATION",
                [
                    "Bachelor of International Business, Foreign Trade University (FTU), "
                    "2019 – 2023",
                ],
            ),
            ("LANGUAGES", ["English – IELTS 8.0"]),
            ("EXPECTED SALARY", ["1,200 USD/month (net)"]),
        ],
    },
    {
        "file": "en_15_overlapping_jobs.pdf",
        "layout": "pdf",
        "persona": "Account Manager whose freelance job overlaps two full-time jobs",
        "header": [
            "Duong Thuy Linh",
            "Account Manager",
            "Email: linh.duong@example.net",
            "Mobile: 0707 333 415",
        ],
        "body": [
            (
                "WORK EXPERIENCE",
                [
                    "## Account Manager — Saffron & Salt Agency",
                    "Jul 2024 – Present",
                    "- Manage 4 F&B and hospitality clients: client servicing, briefs, approvals",
                    "- Line management of 2 AEs",
                    "- Proposals, budgets and upsell of new services to existing clients",
                    "## Social Media Account Executive (freelance, part-time) — Koi Pond Studio",
                    "Jun 2022 – Jun 2024",
                    "- Ran social media for 3 small brands alongside my full-time job",
                    "## Account Executive — Bamboo Lantern Communications",
                    "Jan 2021 – Dec 2023",
                    "- Client servicing, timelines, reports and contract closure",
                ],
            ),
            ("EDUCATION", ["Bachelor of Marketing, UEH University, 2016 – 2020"]),
            ("EXPECTED SALARY", ["30 million VND (gross)"]),
        ],
    },
    {
        "file": "vi_16_no_dates_stated_years.pdf",
        "layout": "pdf",
        "persona": "Account Manager, roles without dates, '5 năm kinh nghiệm'",
        "header": [
            "Tạ Minh Quân",
            "Account Manager – 5 năm kinh nghiệm agency",
            "SĐT: 0944 555 616 | Email: quan.ta@example.com",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Giới tính: Nam",
                    "Tình trạng hôn nhân: Đã kết hôn",
                    "Ngày sinh: 11/12/1995",
                ],
            ),
            (
                "TÓM TẮT",
                [
                    "Account Manager với 5 năm kinh nghiệm trong agency quảng cáo và digital, "
                    "quản lý khách hàng ngành bất động sản và FMCG.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Account Manager – Công ty CP Truyền thông Sóng Việt",
                    "- Quản lý team 3 AE, đào tạo nhân viên mới",
                    "- Quản lý khách hàng, đề xuất concept và thuyết trình proposal",
                    "- Lập kế hoạch truyền thông, dự toán ngân sách",
                    "- Theo dõi doanh thu và lợi nhuận của nhóm khách hàng",
                    "## Senior Account Executive – Công ty TNHH Quảng cáo Chân Trời",
                    "- Tiếp nhận brief, báo giá, theo dõi tiến độ chiến dịch",
                    "## Account Executive – Công ty TNHH Quảng cáo Chân Trời",
                    "- Báo cáo tiến độ, nghiệm thu, thu hồi công nợ",
                ],
            ),
            ("HỌC VẤN", ["Cử nhân Marketing – Trường Đại học Thương mại"]),
            ("MỨC LƯƠNG MONG MUỐN", ["25 - 30 triệu (gross)"]),
        ],
    },
    {
        "file": "vi_17_khong_dau.pdf",
        "layout": "pdf",
        "persona": "junior AE typed entirely without diacritics",
        "no_diacritics": True,
        "header": [
            "VU THANH TAM",
            "Chuyen vien Account - Digital Agency",
            "So dien thoai: 0989 616 717",
            "Email: tam.vu@example.vn",
        ],
        "body": [
            (
                "THONG TIN CA NHAN",
                [
                    "Ngay sinh: 18/07/2002",
                    "Gioi tinh: Nam",
                    "Tinh trang hon nhan: Doc than",
                    "Que quan: Thai Binh",
                ],
            ),
            (
                "MUC TIEU NGHE NGHIEP",
                [
                    "Tro thanh Senior Account trong 2 nam, phu trach khach hang nganh my pham.",
                ],
            ),
            (
                "KINH NGHIEM LAM VIEC",
                [
                    "## Chuyen vien Account - Cong ty TNHH Giai phap So Tre Xanh",
                    "T5/2025 - nay",
                    "- Tiep nhan brief tu khach hang, brief lai cho team content va ads",
                    "- Lap bao gia, theo doi tien do trien khai chien dich quang cao Facebook, TikTok",
                    "- Bao cao hang tuan va bao cao tong ket chien dich",
                    "## Thuc tap sinh Digital Marketing - Cong ty CP Cong nghe Hoa Mai",
                    "T9/2024 - T2/2025",
                    "- Ho tro chay quang cao, tong hop so lieu",
                ],
            ),
            (
                "HOC VAN",
                ["Cu nhan Thuong mai dien tu - Truong Dai hoc Kinh te - Luat, 2020 - 2024"],
            ),
            (
                "KY NANG",
                [
                    "- Ky nang giao tiep, dam phan",
                    "- Tu duy sang tao",
                    "- Tin hoc van phong",
                    "- Tieng Anh: TOEIC 650",
                ],
            ),
            ("MUC LUONG MONG MUON", ["8 - 10 trieu"]),
        ],
    },
    {
        "file": "vi_18_scan_image_only.pdf",
        "layout": "pdf_scan",
        "persona": "a scanned CV: the page is a picture, no text layer",
        "header": [
            "Lâm Thị Kim Ngân",
            "Account Executive",
            "SĐT: 0903 818 018 | Email: ngan.lam@example.vn",
        ],
        "body": [
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Account Executive – Công ty TNHH Quảng cáo Hoa Gạo",
                    "03/2024 - nay",
                    "- Tiếp nhận brief, báo giá, theo dõi tiến độ chiến dịch",
                    "- Báo cáo tổng kết, nghiệm thu và thanh lý hợp đồng",
                ],
            ),
            ("HỌC VẤN", ["Cử nhân Marketing – Trường Đại học Tài chính - Marketing, 2019 - 2023"]),
            ("MỨC LƯƠNG MONG MUỐN", ["10 - 12 triệu"]),
        ],
    },
    {
        "file": "mixed_19_account_manager.pdf",
        "layout": "pdf",
        "persona": "Account Manager, Vietnamese headings with English jargon bullets",
        "header": [
            "Nguyễn Hữu Thiện",
            "Account Manager",
            "Email: thien.nguyen.am@example.com | Phone: 0971 818 919",
        ],
        "body": [
            (
                "THÔNG TIN CÁ NHÂN",
                [
                    "Giới tính: Nam",
                    "Tình trạng hôn nhân: Đã kết hôn",
                    "Ngày sinh: 05/05/1998",
                ],
            ),
            (
                "MỤC TIÊU NGHỀ NGHIỆP",
                [
                    "Grow to Account Director trong 3 năm, lead nhóm client FMCG và retail.",
                ],
            ),
            (
                "KINH NGHIỆM LÀM VIỆC",
                [
                    "## Account Manager – Mango Tree Digital",
                    "01.2024 - nay",
                    "- Quản lý team 4 AEs: coaching, review WIP và contact report mỗi tuần",
                    "- Own client relationship với 5 brand FMCG/retail, quarterly business review",
                    "- Upsell social listening và KOC program, account growth 25% YoY",
                    "- Quản lý P&L nhóm client: revenue forecast và margin theo quý",
                    "## Senior Account Executive – Orange Peel Agency",
                    "03.2021 - 12.2023",
                    "- Handle client brief, pitch deck, estimate và timeline cho campaign digital",
                    "- Nghiệm thu, thanh lý hợp đồng, follow-up AR collection với finance",
                ],
            ),
            ("HỌC VẤN", ["Cử nhân Kinh tế đối ngoại – Trường Đại học Ngoại thương, 2016 - 2020"]),
            (
                "KỸ NĂNG",
                [
                    "- Client servicing, negotiation, presentation",
                    "- English fluent (IELTS 7.0)",
                ],
            ),
            ("LƯƠNG MONG MUỐN", ["30-35 triệu net"]),
        ],
    },
    {
        "file": "en_20_saas_account_executive.pdf",
        "layout": "pdf",
        "persona": "SaaS 'Account Executive': a quota-carrying closer (look-alike)",
        "header": [
            "Phan Duc Minh",
            "Mid-Market Account Executive – B2B SaaS",
            "minh.phan.sales@example.com | +84 938 420 020",
        ],
        "body": [
            (
                "SUMMARY",
                [
                    "Quota-carrying closer: 125% of annual quota in 2025, full-cycle new business "
                    "sales from cold call to signature.",
                ],
            ),
            (
                "EXPERIENCE",
                [
                    "## Mid-Market Account Executive, CloudLedger Software",
                    "2021 - Present",
                    "- Full-cycle new business sales: outbound prospecting, cold calls, demos, "
                    "negotiation and closing",
                    "- Closed 480,000 USD of new ARR in 2025 (125% of quota)",
                    "- Build pipeline with two SDRs; commission plan on closed-won deals",
                    "## Sales Development Representative, CloudLedger Software",
                    "2019 - 2020",
                    "- Cold calling and cold e-mail to 80 prospects a day; booked 25 qualified "
                    "meetings a month",
                ],
            ),
            (
                "EDUCATION",
                [
                    "Bachelor of Business Administration, University of Economics HCMC, 2014 – 2018",
                ],
            ),
            ("EXPECTED SALARY", ["2,000 USD/month + commission"]),
        ],
    },
]


# ---- plain lines (TXT, and the text drawn into the scan) ---------------------------------


def plain_lines(cv: dict[str, Any]) -> list[str]:
    """The CV as plain text lines, in reading order (header, side blocks, body blocks)."""
    out = list(cv["header"])
    for heading, lines in list(cv.get("side", [])) + list(cv["body"]):
        out += ["", heading]
        for line in lines:
            out.append(line[3:] if line.startswith("## ") else line)
    return out


def render_txt(cv: dict[str, Any]) -> bytes:
    """UTF-8 with LF, or UTF-16 little-endian with a BOM and CRLF (as Windows Notepad saves)."""
    if cv.get("encoding") == "utf-16":
        text = "\r\n".join(plain_lines(cv)) + "\r\n"
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return ("\n".join(plain_lines(cv)) + "\n").encode("utf-8")


# ---- PDF ---------------------------------------------------------------------------------


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    if "DejaVu" not in registered:
        pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_REGULAR)))
    if "DejaVu-Bold" not in registered:
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_BOLD)))


def _portrait() -> Any:
    """A photo-like head-and-shoulders picture (3:4) drawn with Pillow."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (240, 320), (196, 214, 232))
    draw = ImageDraw.Draw(img)
    draw.ellipse((20, 210, 220, 420), fill=(40, 52, 80))  # shoulders
    draw.rectangle((100, 170, 140, 230), fill=(226, 188, 160))  # neck
    draw.ellipse((65, 60, 175, 200), fill=(232, 196, 168))  # face
    draw.chord((60, 45, 180, 150), 180, 360, fill=(30, 24, 20))  # hair
    draw.ellipse((92, 115, 104, 123), fill=(40, 30, 25))
    draw.ellipse((136, 115, 148, 123), fill=(40, 30, 25))
    draw.arc((100, 150, 140, 175), 20, 160, fill=(150, 70, 70), width=3)
    return img


class _Column:
    """A vertical flow of text inside [x, x + width] on a reportlab canvas."""

    def __init__(
        self,
        canvas: Any,
        x: float,
        width: float,
        top: float,
        *,
        size: float,
        sink: list[tuple[Any, ...]] | None = None,
    ) -> None:
        self.c, self.x, self.width, self.y, self.size = canvas, x, width, top, size
        self.sink = sink  # when set, text is collected here and drawn later by the caller

    def need(self, height: float) -> None:
        if self.y - height < 40:
            raise ValueError("content does not fit the column; shorten the CV data")

    def text(
        self,
        line: str,
        *,
        bold: bool = False,
        size: float | None = None,
        indent: float = 0.0,
        color: tuple[float, float, float] = (0.1, 0.1, 0.1),
    ) -> None:
        from reportlab.lib.utils import simpleSplit

        size = size or self.size
        font = "DejaVu-Bold" if bold else "DejaVu"
        self.c.setFillColorRGB(*color)
        for part in simpleSplit(line, font, size, self.width - indent):
            self.need(size * 1.45)
            self.y -= size * 1.45
            if self.sink is not None:
                self.sink.append((-round(self.y), self.x + indent, self.y, font, size, color, part))
                continue
            self.c.setFont(font, size)
            self.c.drawString(self.x + indent, self.y, part)

    def heading(self, text: str, *, color: tuple[float, float, float]) -> None:
        self.y -= self.size * 0.9
        self.text(text, bold=True, size=self.size + 1.5, color=color)
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(0.6)
        self.c.line(self.x, self.y - 3, self.x + self.width, self.y - 3)
        self.y -= 4

    def block(
        self, heading: str, lines: Sequence[str], *, color: tuple[float, float, float]
    ) -> None:
        self.heading(heading, color=color)
        for line in lines:
            if line.startswith("## "):
                self.y -= 2
                self.text(line[3:], bold=True)
            elif line.startswith("- "):
                self.text("• " + line[2:], indent=8)
            else:
                self.text(line)


def _new_canvas(buffer: io.BytesIO, title: str) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("AccountFit sample (fictional person)")
    c.setCreator("sample_resumes/generate.py")
    return c


def render_pdf(cv: dict[str, Any]) -> bytes:
    """One column: name, contact lines, then each section with a ruled heading."""
    from reportlab.lib.pagesizes import A4

    _register_fonts()
    buffer = io.BytesIO()
    c = _new_canvas(buffer, f"CV {cv['header'][0]}")
    width, height = A4
    accent = (0.12, 0.33, 0.55)
    col = _Column(c, 56, width - 112, height - 50, size=10)
    col.text(cv["header"][0], bold=True, size=18, color=accent)
    col.y -= 4
    for line in cv["header"][1:]:
        col.text(line)
    for heading, lines in cv["body"]:
        col.block(heading, lines, color=accent)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_pdf_two_column(cv: dict[str, Any]) -> bytes:
    """TopCV-like: a shaded sidebar (photo, contact, personal, skills) beside the main column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    _register_fonts()
    buffer = io.BytesIO()
    c = _new_canvas(buffer, f"CV {cv['header'][0]}")
    width, height = A4
    accent = (0.05, 0.45, 0.40)
    side_w = 190.0
    c.setFillColorRGB(0.91, 0.95, 0.94)
    c.rect(0, 0, side_w, height, stroke=0, fill=1)
    top = height - 36
    # "interleaved": text is drawn row by row across both columns (as some exporters do), so
    # a reader that follows the content stream would mix the columns; layout must undo it.
    sink: list[tuple[Any, ...]] | None = [] if cv.get("interleaved") else None
    side = _Column(c, 18, side_w - 34, top, size=8.5, sink=sink)
    main = _Column(c, side_w + 20, width - side_w - 50, top, size=9, sink=sink)
    if cv.get("name_band"):  # the name spans the page above both columns
        c.setFillColorRGB(*accent)
        c.rect(0, height - 80, width, 80, stroke=0, fill=1)
        band = _Column(c, side_w + 20, width - side_w - 50, height - 14, size=11)
        band.text(cv["header"][0], bold=True, size=20, color=(1, 1, 1))
        for line in cv["header"][1:]:
            band.text(line, color=(1, 1, 1))
        side.y = main.y = height - 92
    if cv.get("photo"):
        photo_h = 112.0
        c.drawImage(
            ImageReader(_portrait()),
            18 + (side_w - 34 - 84) / 2,
            side.y - photo_h,
            width=84,
            height=photo_h,
        )
        side.y -= photo_h + 6
    if not cv.get("name_band"):  # the name heads the sidebar
        side.text(cv["header"][0], bold=True, size=13, color=accent)
        for line in cv["header"][1:]:
            side.text(line, bold=True)
    for heading, lines in cv["side"]:
        side.block(heading, lines, color=accent)
    for heading, lines in cv["body"]:
        main.block(heading, lines, color=accent)
    for _row, x, y, font, size, color, part in sorted(sink or []):
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x, y, part)
    c.showPage()
    c.save()
    return buffer.getvalue()


def render_pdf_scan(cv: dict[str, Any]) -> bytes:
    """The CV drawn into a greyscale picture (150 dpi) and placed as the only page content."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (1240, 1754), 246)
    draw = ImageDraw.Draw(img)
    regular = ImageFont.truetype(str(FONT_REGULAR), 24)
    bold = ImageFont.truetype(str(FONT_BOLD), 26)
    y = 110
    for i, line in enumerate(plain_lines(cv)):
        if not line:
            y += 18
            continue
        is_heading = i == 0 or line.isupper()
        draw.text((120, y), line, fill=20, font=bold if is_heading else regular)
        y += 40
    buffer = io.BytesIO()
    c = _new_canvas(buffer, "scan")
    width, height = A4
    c.drawImage(ImageReader(img), 0, 0, width=width, height=height)
    c.showPage()
    c.save()
    return buffer.getvalue()


# ---- DOCX --------------------------------------------------------------------------------


def _docx_lines(container: Any, blocks: Sequence[Block], *, first: Any = None) -> None:
    """Write blocks as paragraphs into a document or a table cell."""
    from docx.shared import Pt

    paragraph = first
    for heading, lines in blocks:
        for kind, text in [("heading", heading)] + [("line", line) for line in lines]:
            if paragraph is None:
                paragraph = container.add_paragraph()
            if kind == "heading":
                run = paragraph.add_run(text)
                run.bold = True
                run.font.size = Pt(12)
            elif text.startswith("## "):
                paragraph.add_run(text[3:]).bold = True
            elif text.startswith("- "):
                paragraph.style = "List Bullet"
                paragraph.add_run(text[2:])
            else:
                paragraph.add_run(text)
            paragraph = None


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with a fixed timestamp on every entry, so DOCX bytes are reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def render_docx(cv: dict[str, Any]) -> bytes:
    """python-docx: paragraphs, or (layout docx_table) a two-cell table holding the layout."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    props = doc.core_properties
    props.author = props.last_modified_by = "AccountFit sample (fictional person)"
    props.title = f"CV {cv['header'][0]}"
    props.created = props.modified = FIXED_TIME
    props.revision = 1
    name = doc.add_paragraph().add_run(cv["header"][0])
    name.bold = True
    name.font.size = Pt(20)
    for line in cv["header"][1:]:
        doc.add_paragraph(line)
    if cv["layout"] == "docx_table":
        table = doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        _docx_lines(left, cv["side"], first=left.paragraphs[0])
        _docx_lines(right, cv["body"], first=right.paragraphs[0])
    else:
        _docx_lines(doc, cv["body"])
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


RENDERERS = {
    "pdf": render_pdf,
    "pdf_two_column": render_pdf_two_column,
    "pdf_scan": render_pdf_scan,
    "docx": render_docx,
    "docx_table": render_docx,
    "txt": render_txt,
}


def render(cv: dict[str, Any]) -> bytes:
    """The bytes of one sample file."""
    return RENDERERS[cv["layout"]](cv)


def generate(out: Path = HERE, *, only: Sequence[str] = ()) -> list[Path]:
    """Write every sample (or those named in ``only``) into ``out``; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for cv in CVS:
        if only and cv["file"] not in only:
            continue
        path = out / cv["file"]
        path.write_bytes(render(cv))
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write into")
    parser.add_argument("files", nargs="*", help="only these sample file names")
    args = parser.parse_args(argv)
    for path in generate(args.out, only=args.files):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
