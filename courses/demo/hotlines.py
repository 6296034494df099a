"""Demo hotline directory for the "Bantuan & Lapor" page.

Only the verified ([V]) rows of section 4 of shared/content/fact-brief.md. Numbers are written as
the source published them. `last_checked` is the date of the newest source named in `source`
(the first day of the month or year where the source gives no exact day). Every number must be
checked again on the agency's own channel before launch.
"""

HOTLINES = [
    {
        "service": "Polri – Layanan Darurat 110",
        "purpose": (
            "Untuk keadaan darurat dan untuk melaporkan kejahatan apa pun, termasuk perdagangan "
            "orang. Panggilan gratis dan diteruskan ke Polres terdekat."
        ),
        "scope": "nasional",
        "phone": "110",
        "whatsapp": "",
        "email": "",
        "website": "",
        "hours": "24 jam",
        "sort_order": 10,
        "source": (
            "Polri, layanan nasional sejak 20 Mei 2021 (Republika/Arahkompas, 27 Mei 2021); "
            "LensaIndonesia, 3 Oktober 2025"
        ),
        "last_checked": "2025-10-03",
    },
    {
        "service": "Jakarta Siaga 112 (Pemprov DKI Jakarta)",
        "purpose": (
            "Untuk keadaan darurat di Jakarta. Laporan kekerasan diteruskan ke layanan "
            "perlindungan perempuan dan anak (PPPA) DKI Jakarta."
        ),
        "scope": "jakarta",
        "phone": "112",
        "whatsapp": "",
        "email": "",
        "website": "",
        "hours": "24 jam",
        "sort_order": 20,
        "source": "Antara, Mei 2025; Berita Jakarta, 11 Maret 2019",
        "last_checked": "2025-05-01",
    },
    {
        "service": "SAPA 129 (KemenPPPA)",
        "purpose": (
            "Untuk melaporkan kekerasan terhadap perempuan dan anak, termasuk perdagangan orang. "
            "Siapa saja yang melihat atau mendengar kejadiannya boleh melapor, tidak harus "
            "korbannya sendiri."
        ),
        "scope": "nasional",
        "phone": "129",
        "whatsapp": "0811-1129-129",
        "email": "",
        "website": "",
        "hours": "",
        "sort_order": 30,
        "source": (
            "KemenPPPA; Sekretariat Kabinet melalui Halojabar; Tribratanews dan IDN Times, "
            "21 September 2023; Kontan, 2025"
        ),
        "last_checked": "2025-01-01",
    },
    {
        "service": "UPT Perlindungan Perempuan dan Anak (PPPA) DKI Jakarta",
        "purpose": (
            "Untuk perempuan dan anak korban kekerasan atau perdagangan orang di Jakarta, dan "
            "untuk siapa saja yang ingin melaporkan kasusnya. Bisa lewat telepon atau WhatsApp."
        ),
        "scope": "jakarta",
        "phone": "0813-1761-7622",
        "whatsapp": "0813-1761-7622",
        "email": "",
        "website": "",
        "hours": "24 jam",
        "sort_order": 40,
        "source": (
            "Koran Jakarta, Juni 2024; Antara dan Aktualitas, Mei 2025; Antara, November 2025"
        ),
        "last_checked": "2025-11-01",
    },
    {
        "service": "Polda Metro Jaya – Hotline WhatsApp",
        "purpose": (
            "Untuk menyampaikan laporan atau pengaduan kepada kepolisian di wilayah Jakarta lewat "
            "WhatsApp. Dalam keadaan darurat, telepon 110."
        ),
        "scope": "jakarta",
        "phone": "",
        "whatsapp": "0813-8823-6060",
        "email": "",
        "website": "",
        "hours": "24 jam",
        "sort_order": 50,
        "source": "Kabid Humas Polda Metro Jaya, dalam Centangsatu, 3 September 2025",
        "last_checked": "2025-09-03",
    },
    {
        "service": "Pos pengaduan dan Pos SAPA di Jakarta (Dinas PPAPP DKI)",
        "purpose": (
            "Untuk melapor langsung dan gratis. Ada 44 pos pengaduan, satu di setiap kecamatan "
            "(di RPTRA atau rusun), dengan konselor dan paralegal (pendamping hukum). Pos SAPA "
            "juga ada di 69 titik TransJakarta, MRT, dan LRT, di 12 kampus, Terminal Pulogebang, "
            "dan 324 RPTRA. Lokasi bisa berubah; tanyakan di kelurahan atau kecamatan."
        ),
        "scope": "jakarta",
        "phone": "",
        "whatsapp": "",
        "email": "",
        "website": "",
        "hours": "",
        "sort_order": 60,
        "source": (
            "Dinas PPAPP DKI Jakarta, dalam BeritaNasional dan Merdeka (26 Februari 2025) dan "
            "Antara (November 2025)"
        ),
        "last_checked": "2025-11-01",
    },
    {
        "service": "KP2MI (Kementerian Pelindungan Pekerja Migran Indonesia) – Call Center",
        "purpose": (
            "Untuk calon pekerja migran dan keluarganya: memeriksa agen atau tawaran kerja ke luar "
            "negeri, dan melaporkan agen palsu. Telepon gratis dari dalam Indonesia."
        ),
        "scope": "nasional",
        "phone": "0-800-1000",
        "whatsapp": "0811-8080-141",
        "email": "",
        "website": "",
        "hours": "",
        "sort_order": 70,
        "source": (
            "Wakil Menteri P2MI, dalam Mediamasakini, 10 April 2025; nomor 0-800-1000 dipakai "
            "sejak 2011 (Antara; Republika, 27 Juni 2011)"
        ),
        "last_checked": "2025-04-10",
    },
    {
        "service": "KP2MI – Call Center dari luar negeri",
        "purpose": (
            "Untuk pekerja migran Indonesia yang sedang berada di luar negeri dan butuh bantuan, "
            "misalnya karena masalah dengan agen atau majikan."
        ),
        "scope": "luar_negeri",
        "phone": "+62 21 2924 4800",
        "whatsapp": "0811-8080-141",
        "email": "",
        "website": "",
        "hours": "",
        "sort_order": 80,
        "source": "Wakil Menteri P2MI, dalam Mediamasakini, 10 April 2025",
        "last_checked": "2025-04-10",
    },
    {
        "service": "Kemlu – Hotline Pelindungan WNI",
        "purpose": (
            "Untuk WNI yang sedang dalam kesulitan di luar negeri, misalnya terjebak di tempat "
            "kerja yang tidak sesuai janji. Setiap KBRI dan KJRI juga punya hotline 24 jam "
            "sendiri, yang dikirim lewat SMS saat Anda tiba di negara itu."
        ),
        "scope": "luar_negeri",
        "phone": "+62 812 9007 0027",
        "whatsapp": "",
        "email": "",
        "website": "",
        "hours": "24 jam",
        "sort_order": 90,
        "source": "Kemlu, dalam Harian Haluan, 3 Februari 2020; Kumparan, 20 Februari 2018",
        "last_checked": "2020-02-03",
    },
    {
        "service": "Aplikasi Safe Travel (Kemlu)",
        "purpose": (
            "Pasang sebelum berangkat ke luar negeri (Android dan iOS). Ada tombol darurat yang "
            "terhubung ke KBRI atau KJRI terdekat, dan bisa dipakai untuk lapor diri. Lapor diri "
            "juga bisa lewat situs Peduli WNI."
        ),
        "scope": "luar_negeri",
        "phone": "",
        "whatsapp": "",
        "email": "",
        "website": "https://peduliwni.kemlu.go.id",
        "hours": "",
        "sort_order": 100,
        "source": (
            "Kemlu, diluncurkan 14 April 2018 (Suara, Eljohnnews); Tempo, 24 Mei 2018; Era.id, "
            "28 November 2019"
        ),
        "last_checked": "2019-11-28",
    },
    {
        "service": "LPSK (Lembaga Perlindungan Saksi dan Korban)",
        "purpose": (
            "Untuk meminta perlindungan bagi saksi dan korban, termasuk bantuan meminta restitusi "
            "(ganti rugi dari pelaku). Kantor: Jl. Raya Bogor Km 24 No. 47-49, Jakarta Timur."
        ),
        "scope": "nasional",
        "phone": "148",
        "whatsapp": "0857-7001-0048",
        "email": "lpsk_ri@lpsk.go.id",
        "website": "",
        "hours": "",
        "sort_order": 110,
        "source": "Tempo, 2021; Antara Mandalika, Maret 2020",
        "last_checked": "2021-01-01",
    },
    {
        "service": "KPAI (Komisi Perlindungan Anak Indonesia)",
        "purpose": (
            "Untuk pengaduan tentang perlindungan anak, misalnya anak yang dibujuk lewat media "
            "sosial atau dieksploitasi."
        ),
        "scope": "nasional",
        "phone": "",
        "whatsapp": "0811-1772-273",
        "email": "",
        "website": "",
        "hours": "",
        "sort_order": 120,
        "source": "Antara, 2022",
        "last_checked": "2022-01-01",
    },
    {
        "service": "Komnas Perempuan",
        "purpose": (
            "Untuk pengaduan kekerasan terhadap perempuan, lewat email atau pesan langsung ke akun "
            "media sosial resminya."
        ),
        "scope": "nasional",
        "phone": "",
        "whatsapp": "",
        "email": "pengaduan@komnasperempuan.go.id",
        "website": "",
        "hours": "",
        "sort_order": 130,
        "source": "Kompas, 14 Agustus 2024",
        "last_checked": "2024-08-14",
    },
]
