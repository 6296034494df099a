"""Demo course "Melapor dan Menolong": recognising a possible victim and reporting safely.

Written in Indonesian from the verified ([V]) items of shared/content/fact-brief.md only. Every
phone or WhatsApp number is copied exactly from courses/demo/hotlines.py, with the date of its
source. Every figure names its year and source; every lesson ends with the sources it used.
Scenario cards are illustrations with pseudonyms, never presented as real cases.
"""

HELP_TEXT = (
    "Butuh nomor layanan yang lengkap dan terbaru? Lihat halaman Bantuan & Lapor. Jika ada "
    "bahaya saat ini juga, telepon 110."
)

ILLUSTRATION_NOTE = "<p><i>Kisah ini ilustrasi dengan nama samaran. Bukan kasus nyata.</i></p>"

LESSON_SIGNS = {
    "slug": "mengenali-tanda-korban",
    "title": "Mengenali Tanda Seseorang Mungkin Menjadi Korban",
    "intro": (
        "Korban perdagangan orang jarang meminta tolong secara terang-terangan. Pelajaran ini "
        "mengenalkan tanda-tanda yang bisa Anda perhatikan, dan pertanyaan yang boleh diajukan "
        "hanya jika keadaannya aman."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Korban sering tidak bisa bercerita", "level": "h2"}),
        (
            "paragraph",
            "<p>Banyak korban perdagangan orang tidak langsung meminta tolong. Mereka mungkin "
            "takut kepada pelaku, terikat utang, atau diawasi terus. Ada juga yang tidak tahu "
            "bahwa yang mereka alami adalah kejahatan. Karena itu, orang di sekitarnya punya "
            "peran penting. Tetangga, pengurus RT/RW, teman kerja, atau petugas hotel bisa "
            "memperhatikan tanda-tandanya.</p>"
            "<p>Satu tanda belum tentu berarti seseorang adalah korban. Tetapi beberapa tanda "
            "yang muncul bersamaan patut dicatat dan dilaporkan. Anda tidak perlu yakin dulu "
            "untuk melapor. Memeriksa kebenarannya adalah tugas petugas.</p>",
        ),
        ("heading", {"text": "Sebelas indikator kerja paksa dari ILO", "level": "h2"}),
        (
            "paragraph",
            "<p>Organisasi Perburuhan Internasional (ILO) menerbitkan daftar <b>11 indikator kerja "
            "paksa</b> pada 2012. Kerja paksa adalah pekerjaan yang dilakukan di bawah ancaman, "
            "bukan atas kemauan sendiri. Indikator ini menggambarkan cara pelaku mengendalikan "
            "korban:</p>"
            "<ol>"
            "<li><b>Penyalahgunaan kerentanan</b>: pelaku memanfaatkan keadaan sulit korban, "
            "misalnya miskin atau masih muda.</li>"
            "<li><b>Penipuan</b>: pekerjaan, gaji, atau tempatnya tidak sesuai janji.</li>"
            "<li><b>Pembatasan gerak</b>: korban tidak boleh pergi dengan bebas.</li>"
            "<li><b>Isolasi</b>: korban dijauhkan dari keluarga dan orang lain.</li>"
            "<li><b>Kekerasan fisik dan seksual</b>.</li>"
            "<li><b>Intimidasi dan ancaman</b>, terhadap korban atau keluarganya.</li>"
            "<li><b>Penahanan dokumen identitas</b>, seperti KTP atau paspor.</li>"
            "<li><b>Penahanan upah</b>: gaji tidak dibayar atau ditahan.</li>"
            "<li><b>Jeratan utang</b>: utang dipakai untuk memaksa korban terus bekerja.</li>"
            "<li><b>Kondisi kerja dan tempat tinggal yang buruk</b> atau merendahkan.</li>"
            "<li><b>Lembur berlebihan</b>: jam kerja jauh melebihi batas wajar.</li>"
            "</ol>"
            "<p>Menurut ILO, satu indikator kadang sudah cukup. Sering kali beberapa indikator "
            "muncul bersama-sama.</p>",
        ),
        ("heading", {"text": "Tanda yang bisa dilihat orang di sekitar", "level": "h2"}),
        (
            "paragraph",
            "<p>Departemen Luar Negeri Amerika Serikat juga membuat daftar tanda untuk masyarakat "
            "umum (dikutip 10News, 1 Agustus 2024). Tanda-tanda ini bisa terlihat dari luar, "
            "misalnya oleh tetangga:</p>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya",
                "flags": [
                    "Ia tinggal di tempat kerja atau di rumah majikannya.",
                    "Tempat tinggalnya buruk atau sangat sesak.",
                    "Ia tidak pernah bisa berbicara sendiri; selalu ada orang lain yang ikut "
                    "atau menjawab untuknya.",
                    "Jawabannya terdengar seperti hafalan, seolah sudah diajari.",
                    "Majikan atau orang lain memegang KTP atau paspornya.",
                    "Ada tanda kekerasan, misalnya luka atau memar.",
                    "Ia tampak sangat takut atau terlalu menurut.",
                    "Ia tidak dibayar, atau dibayar sangat rendah.",
                    "Anak di bawah 18 tahun dijajakan untuk layanan seksual. Ini selalu "
                    "eksploitasi, apa pun alasannya.",
                ],
            },
        ),
        ("heading", {"text": "Pertanyaan aman, hanya jika aman dan berdua saja", "level": "h2"}),
        (
            "paragraph",
            "<p>Kadang Anda punya kesempatan berbicara dengan orang itu. Daftar dari Departemen "
            "Luar Negeri AS (2024) juga memuat pertanyaan yang bisa diajukan. Syaratnya: "
            "<b>hanya jika aman dan berdua saja</b>, tanpa didengar majikan, perekrut, atau orang "
            "yang mengawasinya. Jika tidak bisa berdua, jangan bertanya. Pertanyaan yang "
            "terdengar pelaku bisa membahayakan dia.</p>"
            "<ul>"
            "<li>Apakah Anda bisa berhenti dari pekerjaan ini kalau mau?</li>"
            "<li>Apakah Anda bisa keluar-masuk dengan bebas?</li>"
            "<li>Apakah Anda atau keluarga Anda pernah diancam?</li>"
            "<li>Di mana Anda tidur dan makan?</li>"
            "<li>Apakah Anda punya utang kepada majikan?</li>"
            "<li>Siapa yang memegang paspor atau KTP Anda?</li>"
            "</ul>"
            "<p>Dengarkan dengan tenang. Jangan memaksa dan jangan menyalahkan. Jangan berjanji "
            "hal yang tidak bisa Anda tepati. Ia mungkin belum siap bercerita, dan itu tidak "
            "apa-apa. Yang penting, ia tahu ada orang yang peduli.</p>",
        ),
        (
            "scenario",
            {
                "title": "Pekerja di rumah sebelah",
                "story": (
                    ILLUSTRATION_NOTE + "<p>Bu Sari (bukan nama sebenarnya) tinggal di sebuah "
                    "gang di Jakarta Barat. Beberapa bulan lalu, tetangganya mempekerjakan Wulan "
                    "(bukan nama sebenarnya) sebagai pekerja rumah tangga. Wulan tampak masih "
                    "sangat muda. Ia tidak pernah terlihat keluar sendirian. Saat belanja di "
                    "warung, majikannya selalu ikut dan menjawab setiap pertanyaan untuknya. "
                    "Suatu sore Bu Sari mendengar Wulan menangis di teras: “Aku mau pulang, "
                    "tapi KTP-ku dipegang Ibu, utangku belum lunas.”</p>"
                ),
                "question": "Tanda apa saja yang Anda lihat? Apa yang sebaiknya dilakukan Bu Sari?",
                "explanation": (
                    "<p>Ada beberapa tanda sekaligus. Wulan tinggal di rumah majikan, tidak "
                    "pernah bisa berbicara sendiri, KTP-nya ditahan, ada utang yang mengikatnya, "
                    "dan ia tampak takut. Ia juga mungkin masih anak. Menurut ILO (2012), "
                    "penahanan dokumen identitas, jeratan utang, dan pembatasan gerak adalah "
                    "indikator kerja paksa.</p>"
                    "<p>Bu Sari tidak perlu membuktikan apa pun dan tidak perlu menegur majikan "
                    "itu. Ia cukup mencatat apa yang ia lihat dan dengar, lalu melapor. Wulan "
                    "tidak bersalah karena berutang. Pelajaran berikutnya membahas cara mencatat "
                    "dan ke mana melapor.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Korban sering tidak bisa atau tidak berani meminta tolong. Orang di "
                    "sekitarnya bisa membantu dengan memperhatikan tanda-tandanya.",
                    "ILO (2012) mencatat 11 indikator kerja paksa, antara lain penahanan "
                    "dokumen, penahanan upah, jeratan utang, dan pembatasan gerak.",
                    "Tanda yang terlihat dari luar: tinggal di tempat majikan, tidak bisa "
                    "berbicara sendiri, jawaban seperti hafalan, tampak takut, tidak dibayar "
                    "(Departemen Luar Negeri AS, 2024).",
                    "Ajukan pertanyaan hanya jika aman dan berdua saja. Jika tidak aman, jangan "
                    "bertanya: catat, lalu laporkan.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "ILO, Indicators of Forced Labour, 2012 (readkong.com; ringkasan di "
                    "seafish.org)",
                    "Departemen Luar Negeri Amerika Serikat, tanda dan pertanyaan untuk mengenali "
                    "korban, dalam 10News, 1 Agustus 2024",
                ]
            },
        ),
    ],
}

LESSON_NOTE_AND_REPORT = {
    "slug": "catat-lalu-laporkan",
    "title": "Jangan Bertindak Sendiri: Catat, Lalu Laporkan",
    "intro": (
        "Ingin menolong adalah niat baik. Namun menghadapi pelaku sendiri bisa membahayakan Anda "
        "dan korban. Pelajaran ini menjelaskan langkah yang lebih aman: mencatat fakta, "
        "menyiapkan laporan, dan melapor ke petugas, bukan hanya ke media sosial."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Mengapa tidak menghadapi pelaku sendiri?", "level": "h2"}),
        (
            "paragraph",
            "<p>Saat melihat orang lain dalam kesulitan, kita ingin langsung bertindak: "
            "mendatangi pelaku, memarahinya, atau membawa korban kabur. Kursus ini menyarankan: "
            "<b>jangan lakukan itu</b>. Alasannya:</p>"
            "<ul>"
            "<li><b>Anda bisa celaka.</b> Pelaku bisa saja tidak sendirian. UU No. 21 Tahun 2007 "
            "tentang Pemberantasan TPPO (Pasal 16) bahkan memberatkan hukuman jika kejahatan ini "
            "dilakukan kelompok yang terorganisasi.</li>"
            "<li><b>Korban bisa makin terancam.</b> Jika pelaku tahu ada yang curiga, korban "
            "bisa dipindahkan, disembunyikan, atau dihukum.</li>"
            "<li><b>Bukti bisa hilang.</b> Pelaku bisa menghapus pesan atau membuang "
            "dokumen.</li>"
            "<li><b>Menolong korban butuh petugas.</b> Polisi punya wewenang. Layanan seperti "
            "SAPA 129 menyediakan pendampingan dan penampungan sementara (Tribratanews dan IDN "
            "Times, 21 September 2023).</li>"
            "</ul>"
            "<p>Jadi, peran terbaik Anda adalah menjadi <b>saksi yang teliti</b>: perhatikan, "
            "catat, lalu laporkan. Jika ada bahaya saat itu juga, misalnya seseorang sedang "
            "dipukul atau diseret paksa, langsung telepon <b>110</b> (Polri) atau, di Jakarta, "
            "<b>112</b> (Jakarta Siaga).</p>",
        ),
        ("heading", {"text": "Apa yang perlu dicatat", "level": "h2"}),
        (
            "paragraph",
            "<p>Catat hanya yang Anda lihat atau dengar sendiri. Tulis secepatnya, selagi masih "
            "ingat. Simpan catatan di tempat yang aman, misalnya di ponsel yang terkunci.</p>"
            "<ul>"
            "<li><b>Apa</b> yang terjadi: apa yang Anda lihat atau dengar.</li>"
            "<li><b>Kapan</b>: tanggal dan jam.</li>"
            "<li><b>Di mana</b>: alamat, nama gedung, nomor unit, atau patokan.</li>"
            "<li><b>Siapa</b>: nama atau ciri-ciri orang yang terlibat, berapa orang, dan "
            "apakah ada anak.</li>"
            "</ul>",
        ),
        (
            "image",
            {
                "file": "melapor-ceklis-laporan.svg",
                "alt": (
                    "Daftar periksa sebelum melapor: catat apa, kapan, di mana, siapa, bukti, dan "
                    "urutan kejadian. Jangan menghadapi pelaku, jangan menyelamatkan sendiri, "
                    "jangan sebarkan foto korban. Bahaya saat ini juga: telepon 110 atau 112."
                ),
                "caption": (
                    "Catat fakta, lalu laporkan. Nomor darurat 110 (Polri) dan 112 (Jakarta "
                    "Siaga) dari sumber 2025; lihat halaman Bantuan & Lapor."
                ),
            },
        ),
        (
            "paragraph",
            "<p>Untuk laporan tentang <b>agen penyalur kerja yang tidak resmi</b>, sebuah tulisan "
            "blog (Lintasatlantik, Desember 2025) menyarankan menyiapkan: nama dan alamat agen; "
            "nama dan kontak orang-orang yang terlibat; dokumen yang mencurigakan; serta "
            "kronologi, yaitu urutan kejadian dari awal. Sumbernya blog, bukan lembaga resmi. "
            "Jadi anggaplah ini bantuan untuk mengingat, bukan syarat wajib.</p>"
            "<p>Jangan takut jika catatan Anda belum lengkap. Laporkan saja apa yang Anda tahu. "
            "Jangan menambah-nambah cerita supaya laporan terdengar lebih kuat.</p>",
        ),
        ("heading", {"text": "Laporkan, jangan hanya diunggah ke media sosial", "level": "h2"}),
        (
            "paragraph",
            "<p>Kementerian Luar Negeri (Kemlu) pernah meminta masyarakat <b>melapor</b> "
            "langsung, bukan hanya mengunggah kasus ke media sosial. Menurut Kemlu, unggahan yang "
            "viral bisa butuh berhari-hari sampai ditangani, sedangkan laporan lewat telepon "
            "bisa ditindaklanjuti hari itu juga (Kumparan, 20 Februari 2018).</p>"
            "<p>Ada alasan lain. Pasal 44 UU 21/2007 memberi korban dan saksi hak agar "
            "identitasnya dirahasiakan. Menyebarkan foto, nama, atau alamat korban bisa "
            "mempermalukan dan membahayakannya. Pelaku juga jadi waspada. Kirimkan foto atau "
            "bukti kepada petugas, bukan ke grup obrolan atau media sosial.</p>",
        ),
        (
            "scenario",
            {
                "title": "Ingin menjemput teman malam ini juga",
                "story": (
                    ILLUSTRATION_NOTE + "<p>Raka (bukan nama sebenarnya), 19 tahun, mahasiswa "
                    "di Jakarta Selatan. Temannya, Tia (bukan nama sebenarnya), mengirim pesan "
                    "singkat. Tia ditampung di sebuah unit apartemen bersama beberapa perempuan. "
                    "Ponselnya hanya diberikan sebentar, dan ia tidak boleh keluar. Raka marah. "
                    "Ia mengajak teman-temannya mendatangi apartemen itu malam itu juga. Ia juga "
                    "ingin mengunggah foto Tia ke media sosial supaya viral.</p>"
                ),
                "question": "Apa yang sebaiknya Raka lakukan, dan apa yang sebaiknya tidak?",
                "explanation": (
                    "<p>Niat Raka baik, tetapi rencananya berisiko. Jika ia datang beramai-ramai, "
                    "pelaku bisa memindahkan Tia dan yang lain, dan Raka sendiri bisa celaka. "
                    "Mengunggah foto Tia membuka identitasnya, padahal Pasal 44 UU 21/2007 "
                    "melindungi kerahasiaan identitas korban.</p>"
                    "<p>Langkah yang lebih aman: simpan pesan Tia, catat alamat dan nomor unitnya, "
                    "lalu segera melapor. Tia sedang ditahan, jadi ini keadaan darurat: telepon "
                    "110 atau 112. Raka juga bisa menghubungi UPT PPPA DKI Jakarta di "
                    "0813-1761-7622 (telepon atau WhatsApp, 24 jam; sumber Antara, November "
                    "2025).</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Jangan menghadapi pelaku atau mencoba menyelamatkan korban sendiri. Itu bisa "
                    "membahayakan Anda dan korban, dan bisa menghilangkan bukti.",
                    "Catat apa, kapan, di mana, dan siapa. Tulis hanya yang Anda lihat atau "
                    "dengar sendiri.",
                    "Jika ada bahaya saat itu juga, telepon 110, atau 112 di Jakarta.",
                    "Laporkan langsung ke layanan resmi, jangan hanya unggah ke media sosial "
                    "(Kemlu, 2018). Jangan sebarkan foto atau nama korban.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 39–45, “Perlindungan saksi dan korban” "
                    "(text-id.123dok.com)",
                    "SAPA 129: Tribratanews dan IDN Times, 21 September 2023; Detik, 15 Desember "
                    "2021; Kontan, 2025",
                    "Polri 110: Republika melalui Arahkompas, 27 Mei 2021; LensaIndonesia, "
                    "3 Oktober 2025",
                    "Jakarta Siaga 112: Antara, Mei 2025; Berita Jakarta, 11 Maret 2019",
                    "UPT PPPA DKI Jakarta: Koran Jakarta, Juni 2024; Antara dan Aktualitas, Mei "
                    "2025; Antara, November 2025",
                    "Kumparan, imbauan Kemlu agar masyarakat melapor, 20 Februari 2018",
                    "Lintasatlantik (blog), saluran pelaporan dan hal yang perlu disiapkan, "
                    "Desember 2025 (sumber tidak resmi)",
                ]
            },
        ),
    ],
}

LESSON_CHANNELS = {
    "slug": "ke-mana-melapor",
    "title": "Ke Mana Melapor? Pilih Jalur yang Tepat",
    "intro": (
        "Ada banyak layanan pengaduan. Pelajaran ini membantu Anda memilih: untuk keadaan "
        "darurat, untuk kasus di Jakarta, di daerah lain di Indonesia, dan jika korbannya berada "
        "di luar negeri."
    ),
    "estimated_minutes": 7,
    "body": [
        ("heading", {"text": "Keadaan darurat: 110 atau 112", "level": "h2"}),
        (
            "paragraph",
            "<p>Jika ada orang dalam bahaya saat itu juga, jangan menunggu. Telepon:</p>"
            "<ul>"
            "<li><b>110</b>, layanan darurat Polri. Gratis, 24 jam, dan diteruskan ke Polres "
            "terdekat. Bisa untuk melaporkan kejahatan apa pun, termasuk perdagangan orang. "
            "Berlaku di seluruh Indonesia sejak 20 Mei 2021 (Republika melalui Arahkompas, 27 "
            "Mei 2021; LensaIndonesia, 3 Oktober 2025).</li>"
            "<li><b>112</b>, Jakarta Siaga milik Pemprov DKI Jakarta, 24 jam. Laporan kekerasan "
            "diteruskan ke layanan perlindungan perempuan dan anak DKI (Antara, Mei 2025).</li>"
            "</ul>",
        ),
        (
            "image",
            {
                "file": "melapor-jalur-lapor.svg",
                "alt": (
                    "Bagan: darurat 110 atau 112. Jakarta: UPT PPPA 0813-1761-7622, WA Polda "
                    "Metro Jaya 0813-8823-6060, pos pengaduan. Daerah lain: 110, SAPA 129 atau WA "
                    "0811-1129-129, KP2MI 0-800-1000. Luar negeri: Kemlu +62 812 9007 0027, "
                    "KBRI/KJRI, Safe Travel."
                ),
                "caption": (
                    "Pilih jalur sesuai keadaan. Nomor dari sumber 2020 (Kemlu) sampai 2025 "
                    "(lainnya); periksa lagi di halaman Bantuan & Lapor sebelum menelepon."
                ),
            },
        ),
        ("heading", {"text": "Di Jakarta", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>UPT Perlindungan Perempuan dan Anak (PPPA) DKI Jakarta</b>: telepon atau "
            "WhatsApp <b>0813-1761-7622</b>, 24 jam. Untuk perempuan dan anak korban kekerasan "
            "atau perdagangan orang, dan untuk siapa saja yang ingin melaporkan kasusnya "
            "(Antara, November 2025).</li>"
            "<li><b>Hotline WhatsApp Polda Metro Jaya</b>: <b>0813-8823-6060</b>, 24 jam. Untuk "
            "laporan ke polisi di wilayah Jakarta lewat pesan (Kabid Humas Polda Metro Jaya, "
            "dalam Centangsatu, 3 September 2025).</li>"
            "<li><b>Pos pengaduan dan Pos SAPA</b>: untuk melapor langsung, gratis. Ada 44 pos "
            "pengaduan, satu di setiap kecamatan, di RPTRA (ruang publik terpadu ramah anak) "
            "atau rusun. Di sana ada konselor dan paralegal (pendamping hukum). Pos SAPA juga ada "
            "di 69 titik TransJakarta, MRT, dan LRT, di 12 kampus, Terminal Pulogebang, dan 324 "
            "RPTRA (Dinas PPAPP DKI, Februari dan November 2025). Lokasi bisa berubah; tanyakan "
            "di kelurahan atau kecamatan.</li>"
            "</ul>"
            "<p>Korban laki-laki dewasa juga perlu ditolong. Untuk mereka, pakai 110 atau "
            "WhatsApp Polda Metro Jaya. Jika ia pekerja migran, hubungi juga KP2MI.</p>",
        ),
        ("heading", {"text": "Di daerah lain di Indonesia", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>110</b> (Polri) untuk kejahatan apa pun.</li>"
            "<li><b>SAPA 129</b> (Kementerian Pemberdayaan Perempuan dan Perlindungan Anak): "
            "telepon <b>129</b> atau WhatsApp <b>0811-1129-129</b>. Untuk kekerasan terhadap "
            "perempuan dan anak, termasuk perdagangan orang. Siapa saja yang melihat atau "
            "mendengar boleh melapor, tidak harus korbannya. Jika di suatu daerah belum ada unit "
            "layanan perlindungan perempuan dan anak (UPTD PPA), SAPA 129 meneruskan kasusnya "
            "(Tribratanews dan IDN Times, 21 September 2023; Kontan, 2025).</li>"
            "<li><b>KP2MI</b> (Kementerian Pelindungan Pekerja Migran Indonesia): telepon gratis "
            "<b>0-800-1000</b> atau WhatsApp <b>0811-8080-141</b>. Untuk calon pekerja migran "
            "dan keluarganya: memeriksa agen atau tawaran kerja ke luar negeri, dan melaporkan "
            "agen palsu (Wakil Menteri P2MI, 10 April 2025).</li>"
            "<li><b>KPAI</b> (Komisi Perlindungan Anak Indonesia): WhatsApp <b>0811-1772-273</b>, "
            "untuk pengaduan perlindungan anak, misalnya anak yang dibujuk lewat media sosial "
            "(Antara, 2022).</li>"
            "<li><b>Komnas Perempuan</b>: email pengaduan@komnasperempuan.go.id atau pesan "
            "langsung ke akun media sosial resminya, untuk kekerasan terhadap perempuan (Kompas, "
            "14 Agustus 2024).</li>"
            "</ul>",
        ),
        ("heading", {"text": "Jika korban berada di luar negeri", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Hotline Pelindungan WNI Kemlu</b>: <b>+62 812 9007 0027</b>, 24 jam, untuk "
            "WNI yang sedang kesulitan di luar negeri (Kemlu, dalam Harian Haluan, 3 Februari "
            "2020). Sumber nomor ini dari 2020, jadi periksa lagi sebelum dipakai.</li>"
            "<li><b>KBRI atau KJRI</b> (kedutaan dan konsulat Indonesia) di negara itu. Setiap "
            "KBRI dan KJRI punya nomor siaga 24 jam sendiri, yang dikirim lewat SMS saat WNI tiba "
            "di negara itu (Kumparan, 20 Februari 2018).</li>"
            "<li><b>Aplikasi Safe Travel</b> dari Kemlu, untuk Android dan iOS, diluncurkan 14 "
            "April 2018. Ada tombol darurat yang terhubung ke KBRI atau KJRI terdekat.</li>"
            "<li><b>KP2MI dari luar negeri</b>: <b>+62 21 2924 4800</b> atau WhatsApp "
            "<b>0811-8080-141</b>, untuk pekerja migran yang bermasalah dengan agen atau majikan "
            "(Wakil Menteri P2MI, 10 April 2025).</li>"
            "</ul>"
            "<p><b>Lapor diri</b> artinya memberi tahu KBRI atau KJRI bahwa Anda sedang berada di "
            "negara itu. Kemlu (2018) menganjurkannya bagi yang tinggal lebih dari 6 bulan, "
            "lewat aplikasi Safe Travel atau situs peduliwni.kemlu.go.id. Dengan begitu, "
            "perwakilan Indonesia tahu Anda ada di sana.</p>",
        ),
        (
            "scenario",
            {
                "title": "Pesan suara dari kakak di luar negeri",
                "story": (
                    ILLUSTRATION_NOTE + "<p>Maya (bukan nama sebenarnya) tinggal di Jakarta "
                    "Utara. Kakaknya, Bayu (bukan nama sebenarnya), tiga bulan lalu berangkat ke "
                    "Kamboja untuk kerja “layanan pelanggan”. Malam ini Bayu mengirim pesan suara "
                    "sambil berbisik. Ia dipaksa menipu orang lewat internet, paspornya diambil, "
                    "dan ia tidak boleh keluar gedung.</p>"
                ),
                "question": "Ke mana Maya sebaiknya melapor, dan apa yang perlu ia siapkan?",
                "explanation": (
                    "<p>Bayu berada di luar negeri, jadi jalur utamanya adalah Hotline "
                    "Pelindungan WNI Kemlu di +62 812 9007 0027 (sumber 2020) dan KBRI di Phnom "
                    "Penh. Maya sebaiknya menyimpan pesan suara itu dan mencatat nama perusahaan, "
                    "alamat atau lokasi yang Bayu sebut, nomor paspor jika tahu, dan nama "
                    "perekrutnya. Jika perekrutnya ada di Indonesia, Maya bisa melaporkannya ke "
                    "polisi lewat 110.</p>"
                    "<p>Maya tidak perlu malu atau menyalahkan Bayu. Pasal 18 UU 21/2007 "
                    "menyatakan korban yang dipaksa pelaku melakukan tindak pidana tidak "
                    "dipidana. Sebaiknya Maya juga tidak menyebarkan pesan suara itu ke media "
                    "sosial, supaya Bayu tidak makin terancam.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Bahaya saat itu juga: 110 (seluruh Indonesia) atau 112 (Jakarta).",
                    "Di Jakarta: UPT PPPA DKI 0813-1761-7622, WhatsApp Polda Metro Jaya "
                    "0813-8823-6060, atau pos pengaduan di kecamatan.",
                    "Daerah lain: 110 dan SAPA 129 (WhatsApp 0811-1129-129). Pekerja migran: "
                    "KP2MI 0-800-1000. Anak: KPAI, WhatsApp 0811-1772-273.",
                    "Luar negeri: Kemlu +62 812 9007 0027, KBRI atau KJRI setempat, aplikasi Safe "
                    "Travel. Lapor diri jika tinggal lebih dari 6 bulan.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Polri 110: Republika melalui Arahkompas, 27 Mei 2021; LensaIndonesia, "
                    "3 Oktober 2025",
                    "Jakarta Siaga 112 dan UPT PPPA DKI Jakarta: Berita Jakarta, 11 Maret 2019; "
                    "Koran Jakarta, Juni 2024; Antara dan Aktualitas, Mei 2025; Antara, November "
                    "2025",
                    "Polda Metro Jaya: Kabid Humas Polda Metro Jaya, dalam Centangsatu, "
                    "3 September 2025",
                    "Pos pengaduan dan Pos SAPA: Dinas PPAPP DKI, dalam BeritaNasional dan "
                    "Merdeka, 26 Februari 2025; Antara, November 2025",
                    "SAPA 129: Tribratanews dan IDN Times, 21 September 2023; Halojabar (mengutip "
                    "setkab.go.id); Kontan, 2025",
                    "KP2MI: Wakil Menteri P2MI, dalam Mediamasakini, 10 April 2025; Antara dan "
                    "Republika, 27 Juni 2011 (nomor 0-800-1000)",
                    "KPAI: Antara, 2022; Komnas Perempuan: Kompas, 14 Agustus 2024",
                    "Kemlu: Harian Haluan, 3 Februari 2020; Kumparan, 20 Februari 2018; Republika, "
                    "14 Februari 2015",
                    "Aplikasi Safe Travel dan lapor diri: Suara dan Eljohnnews, 14 April 2018; "
                    "Tempo, 24 Mei 2018; Era.id, 28 November 2019",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                ]
            },
        ),
    ],
}

LESSON_PROTECTION = {
    "slug": "perlindungan-saksi-dan-korban",
    "title": "Setelah Melapor: Perlindungan bagi Saksi dan Korban",
    "intro": (
        "Banyak orang ragu melapor karena takut ikut terseret. Pelajaran ini menjelaskan apa "
        "yang bisa terjadi setelah laporan masuk, dan hak yang diberikan undang-undang kepada "
        "saksi dan korban."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Apa yang terjadi setelah laporan masuk?", "level": "h2"}),
        (
            "paragraph",
            "<p>Setiap layanan punya cara kerja sendiri. Sebagai gambaran, SAPA 129 menyediakan "
            "enam layanan: menerima pengaduan, penjangkauan (petugas mendatangi korban), "
            "pengelolaan kasus, penampungan sementara, mediasi, dan pendampingan. Jika di daerah "
            "korban belum ada UPTD PPA, SAPA 129 meneruskan kasusnya (Tribratanews dan IDN "
            "Times, 21 September 2023).</p>"
            "<p>Laporan juga bisa menggerakkan polisi. Polri membentuk Satgas TPPO pada 5 Juni "
            "2023. Dalam tiga bulan pertama, 5 Juni sampai 4 September 2023, Satgas mencatat 827 "
            "laporan, menyelamatkan 2.585 korban, dan menetapkan 994 tersangka (RMOL, 6 September "
            "2023).</p>"
            "<p>Jika Anda menjadi saksi, polisi mungkin meminta keterangan Anda. Korban diperiksa "
            "di tempat khusus. Pasal 45 UU 21/2007 mewajibkan setiap provinsi dan "
            "kabupaten/kota menyediakan <b>ruang pelayanan khusus</b> di kantor kepolisian "
            "setempat untuk memeriksa korban.</p>",
        ),
        ("heading", {"text": "Hak saksi dan korban menurut UU 21/2007", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Dilindungi (Pasal 43).</b> Perlindungan saksi dan korban mengikuti Undang-"
            "Undang No. 13 Tahun 2006 tentang Perlindungan Saksi dan Korban, yang juga mengatur "
            "Lembaga Perlindungan Saksi dan Korban (LPSK).</li>"
            "<li><b>Identitas dirahasiakan (Pasal 44).</b> Saksi dan korban berhak agar "
            "identitasnya dirahasiakan. Hak ini juga berlaku untuk keluarganya sampai derajat "
            "kedua, jika keluarga itu diancam.</li>"
            "<li><b>Perlakuan khusus untuk anak (Pasal 39 dan 40).</b> Anak yang menjadi korban "
            "atau saksi diperiksa dengan didampingi orang tua, wali, atau pendamping, tanpa "
            "kehadiran terdakwa. Keterangannya boleh direkam di luar ruang sidang.</li>"
            "<li><b>Korban tidak dihukum atas kejahatan yang dipaksakan (Pasal 18).</b> Korban "
            "yang melakukan tindak pidana karena dipaksa pelaku TPPO tidak dipidana. Ia "
            "diperlakukan sebagai korban, bukan penjahat.</li>"
            "</ul>",
        ),
        ("heading", {"text": "LPSK: tempat meminta perlindungan", "level": "h2"}),
        (
            "paragraph",
            "<p>Saksi dan korban bisa meminta perlindungan kepada LPSK. LPSK juga membantu "
            "korban meminta <b>restitusi</b>, yaitu ganti rugi yang harus dibayar pelaku kepada "
            "korban. Pengurusan restitusi melibatkan LPSK, jaksa, dan pengadilan (abstrak "
            "jurnal, 2025).</p>"
            "<ul>"
            "<li>Telepon <b>148</b></li>"
            "<li>WhatsApp <b>0857-7001-0048</b></li>"
            "<li>Email lpsk_ri@lpsk.go.id</li>"
            "<li>Kantor: Jl. Raya Bogor Km 24 No. 47-49, Jakarta Timur</li>"
            "</ul>"
            "<p>Sumber: Tempo (2021) dan Antara Mandalika (Maret 2020). Pada 2020, layanan 148 "
            "disebut hanya melayani pada jam kerja. Sumbernya sudah beberapa tahun, jadi periksa "
            "lagi di halaman Bantuan &amp; Lapor.</p>"
            "<p>Anda tidak sendirian jika meminta perlindungan. Pada 2024, LPSK menerima 10.217 "
            "permohonan perlindungan untuk semua jenis kejahatan, naik dari 7.600 pada 2023 "
            "(Harian Jogja, 12 Juli 2025).</p>",
        ),
        (
            "scenario",
            {
                "title": "Ketua RT yang takut menjadi saksi",
                "story": (
                    ILLUSTRATION_NOTE + "<p>Pak Joko (bukan nama sebenarnya) adalah ketua RT "
                    "di Jakarta Timur. Ia melaporkan sebuah rumah kontrakan tempat beberapa "
                    "remaja ditampung dan tidak boleh keluar. Polisi lalu meminta Pak Joko "
                    "menjadi saksi. Beberapa hari kemudian, orang tak dikenal mondar-mandir di "
                    "depan rumahnya dan bertanya-tanya tentang keluarganya. Pak Joko mulai "
                    "menyesal telah melapor.</p>"
                ),
                "question": "Apa yang bisa dilakukan Pak Joko agar ia dan keluarganya aman?",
                "explanation": (
                    "<p>Pak Joko tidak salah karena melapor. Menurut Pasal 44 UU 21/2007, saksi "
                    "berhak identitasnya dirahasiakan. Jika keluarganya diancam, hak itu juga "
                    "berlaku untuk keluarganya sampai derajat kedua.</p>"
                    "<p>Ia bisa meminta perlindungan LPSK: telepon 148 atau WhatsApp "
                    "0857-7001-0048 (sumber Tempo, 2021). Ia juga sebaiknya memberi tahu polisi "
                    "yang menangani kasusnya, dan mencatat kapan dan siapa yang datang. Ia tidak "
                    "perlu menghadapi orang-orang itu sendiri. Karena korbannya remaja, mereka "
                    "diperiksa dengan pendamping dan tanpa kehadiran terdakwa (Pasal 39–40).</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Laporan bisa ditindaklanjuti dengan pendampingan, penampungan sementara, dan "
                    "penyelidikan polisi.",
                    "Saksi dan korban berhak identitasnya dirahasiakan; hak ini bisa mencakup "
                    "keluarga sampai derajat kedua yang diancam (Pasal 44 UU 21/2007).",
                    "Anak korban atau saksi diperiksa dengan pendamping dan tanpa kehadiran "
                    "terdakwa (Pasal 39–40).",
                    "Korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana (Pasal 18).",
                    "Perlindungan dan bantuan restitusi: LPSK, telepon 148 atau WhatsApp "
                    "0857-7001-0048.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Teks UU No. 21 Tahun 2007 Pasal 39–45, “Perlindungan saksi dan korban” "
                    "(text-id.123dok.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                    "SAPA 129: Tribratanews dan IDN Times, 21 September 2023; Detik, 15 Desember "
                    "2021; Kontan, 2025",
                    "Satgas TPPO Polri: Disway, 5–7 Juni 2023; RMOL, 6 September 2023",
                    "LPSK: Tempo, 2021 (nasional.tempo.co); Antara Mandalika, Maret 2020",
                    "Harian Jogja melalui layarberita77, jumlah pemohon perlindungan LPSK 2024, "
                    "12 Juli 2025",
                    "Abstrak jurnal tentang restitusi bagi korban TPPO, 2025 "
                    "(garuda.kemdiktisaintek.go.id)",
                ]
            },
        ),
    ],
}

LESSON_TASK_FORCE = {
    "slug": "gugus-tugas-dan-peran-warga",
    "title": "Gugus Tugas TPPO di Jakarta dan Peran Warga",
    "intro": (
        "Melawan perdagangan orang tidak bisa dilakukan satu lembaga saja. Pelajaran ini "
        "menjelaskan apa itu Gugus Tugas TPPO, apa yang dilakukan di Jakarta, dan bagaimana warga "
        "serta pengurus RT/RW bisa ikut membantu."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Apa itu Gugus Tugas?", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Gugus Tugas Pencegahan dan Penanganan TPPO</b> adalah wadah kerja sama banyak "
            "lembaga pemerintah untuk mencegah dan menangani perdagangan orang. Di tingkat "
            "nasional, Gugus Tugas dibentuk lewat Peraturan Presiden (Perpres) No. 69 Tahun 2008. "
            "Aturan ini sudah dua kali diubah, lewat Perpres 22/2021 dan Perpres 49/2023 yang "
            "ditandatangani 10 Agustus 2023. Sejak Perpres 49/2023, Ketua Harian Gugus Tugas "
            "nasional adalah Kapolri. Anggotanya bertambah dari 19 menjadi 24 kementerian dan "
            "lembaga (Tirto, 11 Agustus 2023).</p>"
            "<p>Daerah juga membentuk gugus tugas sendiri, berdasarkan Pasal 58 ayat (3) UU "
            "21/2007 dan Pasal 12 Perpres 69/2008. Sampai akhir 2022, gugus tugas daerah sudah "
            "ada di 32 provinsi dan 245 kabupaten/kota (Antara Kalimantan Selatan, 2022).</p>"
            "<p>Selain itu, Polri membentuk <b>Satgas TPPO</b> (satuan tugas) pada 5 Juni 2023, "
            "dengan unit di setiap Polda. Satgas adalah unit penegakan hukum di kepolisian, "
            "sedangkan Gugus Tugas mengoordinasikan banyak lembaga.</p>",
        ),
        ("heading", {"text": "Gugus Tugas di DKI Jakarta", "level": "h2"}),
        (
            "paragraph",
            "<p>Di Jakarta, dasarnya adalah <b>Peraturan Gubernur (Pergub) DKI Jakarta No. 64 "
            "Tahun 2019</b> tentang Gugus Tugas, yang menggantikan Pergub 218/2010. Gugus Tugas "
            "DKI adalah <b>lembaga koordinatif</b>. Artinya, ia menyatukan kerja berbagai "
            "lembaga dalam mencegah dan menangani TPPO (Antara, 2024). Anggotanya banyak. Di "
            "Jakarta Barat saja, 36 unit kerja perangkat daerah (UKPD) ikut dalam gugus tugas "
            "(Pemkot Jakarta Barat, 27 Juni 2023).</p>"
            "<p>Mengapa ini penting untuk Jakarta? Pejabat menyebut DKI sebagai daerah tujuan "
            "dan transit korban terbesar kedua setelah Tanjung Pinang (Pemkot Jakarta Barat, 26 "
            "September 2024). Sebagian besar korban yang ditangani di Jakarta bukan warga "
            "Jakarta. Pusat PPA DKI mencatat 37 korban TPPO pada 2023 dan 16 korban pada Januari "
            "sampai Juli 2024 (Antara dan Pemkot Jakarta Barat, 2024).</p>"
            "<p>Gugus tugas juga mendapat kritik. Pada 2024, seorang anggota DPRD DKI menilai "
            "gugus tugas “jalan di tempat” dan meminta agar diaktifkan kembali (Antara, "
            "2024).</p>",
        ),
        ("heading", {"text": "Langkah di tingkat kota", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Jakarta Barat</b> menyiagakan <b>enam posko pelaporan TPPO</b> (Antara, "
            "2023). Pejabat Jakarta Barat menyebut anak perempuan, anak laki-laki, dan "
            "perempuan dewasa sebagai kelompok yang paling rentan (2023).</li>"
            "<li><b>Jakarta Timur</b>: pengurus RT/RW diminta memantau pendatang baru dalam "
            "waktu 2 × 24 jam sebagai langkah pencegahan (Antara, 2023).</li>"
            "</ul>",
        ),
        ("heading", {"text": "Peran warga dan pengurus RT/RW", "level": "h2"}),
        (
            "paragraph",
            "<p>Memantau pendatang baru bukan berarti mencurigai mereka. Pendatang baru bisa "
            "saja justru orang yang butuh perlindungan. Sikap ramah lebih membantu: sapa mereka, "
            "kenalkan pos pengaduan di kecamatan, dan beri tahu nomor layanan di halaman "
            "Bantuan &amp; Lapor. Perhatikan tanda bahaya dari Pelajaran 1. Jika ada, catat dan "
            "laporkan. Jangan menggerebek sendiri.</p>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya di lingkungan",
                "flags": [
                    "Banyak orang tinggal berdesakan di satu rumah atau unit, dan mereka tidak "
                    "pernah keluar sendirian.",
                    "Ada orang yang selalu menjawab untuk penghuni lain, atau memegang KTP dan "
                    "paspor mereka.",
                    "Calon pekerja migran ditampung di apartemen oleh perekrut palsu, seperti "
                    "temuan tiga penggerebekan di Kalibata City, Jakarta Selatan (Antara, 2024).",
                    "Anak dipaksa mengamen (Pemkot Jakarta Barat, 2023), atau anak di bawah umur "
                    "ditawarkan untuk layanan seksual dari hotel, seperti temuan Polda Metro Jaya "
                    "di Tamansari, Jakarta Barat (Viva, 25 Mei 2021).",
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Penghuni baru di rumah kontrakan",
                "story": (
                    ILLUSTRATION_NOTE + "<p>Bu Ani (bukan nama sebenarnya) adalah ketua RT di "
                    "Jakarta Timur. Sebuah rumah kontrakan di wilayahnya disewa seorang laki-laki. "
                    "Dalam seminggu, sekitar sepuluh perempuan muda datang dan tinggal di sana. "
                    "Mereka tidak pernah terlihat keluar. Saat Bu Ani mendata pendatang baru, "
                    "laki-laki itu menyerahkan setumpuk KTP milik mereka. Katanya, mereka sedang "
                    "menunggu berangkat kerja ke luar negeri “lewat jalur cepat”.</p>"
                ),
                "question": "Apa yang sebaiknya dilakukan Bu Ani sebagai ketua RT?",
                "explanation": (
                    "<p>Mendata pendatang baru adalah langkah yang baik. Tetapi ada tanda bahaya: "
                    "banyak orang tinggal berdesakan, mereka tidak pernah keluar, KTP mereka "
                    "dipegang orang lain, dan ada janji berangkat “lewat jalur cepat”. Pola ini "
                    "mirip penampungan calon pekerja migran oleh perekrut palsu di Kalibata City "
                    "(Antara, 2024).</p>"
                    "<p>Bu Ani tidak perlu menegur atau mengusir laki-laki itu. Ia cukup "
                    "mencatat yang ia lihat, lalu melapor. Untuk memeriksa agennya, ia bisa "
                    "menghubungi KP2MI di 0-800-1000 (sumber 10 April 2025). Ia juga bisa "
                    "melapor ke UPT PPPA DKI di 0813-1761-7622 (sumber November 2025) atau "
                    "WhatsApp Polda Metro Jaya 0813-8823-6060 (sumber 3 September 2025). Jika "
                    "ada yang dikurung saat itu juga, telepon 110.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Gugus Tugas TPPO menyatukan kerja banyak lembaga. Di Jakarta dasarnya Pergub "
                    "DKI No. 64 Tahun 2019.",
                    "Jakarta adalah daerah tujuan dan transit penting; sebagian besar korban yang "
                    "ditangani di Jakarta bukan warga Jakarta (Antara, 2024).",
                    "Jakarta Barat menyiagakan enam posko pelaporan; di Jakarta Timur, RT/RW "
                    "diminta memantau pendatang baru dalam 2 × 24 jam (2023).",
                    "Warga dan pengurus RT/RW membantu dengan bersikap ramah, memperhatikan, "
                    "mencatat, dan melapor, bukan dengan menggerebek sendiri.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Tirto, perubahan susunan Gugus Tugas TPPO lewat Perpres 49/2023, 11 Agustus "
                    "2023 (tirto.id); Channel9, Agustus 2023",
                    "Antara Makassar, KemenPPPA tentang Perpres 22/2021 (makassar.antaranews.com)",
                    "Antara Kalimantan Selatan, gugus tugas di 32 provinsi dan 245 "
                    "kabupaten/kota, 2022 (kalsel.antaranews.com)",
                    "Pergub Bangka Belitung No. 54 Tahun 2013, bagian pertimbangan (dasar hukum "
                    "gugus tugas daerah) (123dok.com)",
                    "Satgas TPPO Polri: Disway, 5–7 Juni 2023; Kompas, 19 Juni 2023",
                    "Antara, “Pemprov DKI perkuat gugus tugas pencegahan TPPO”, 2024 "
                    "(antaranews.com)",
                    "Pemkot Jakarta Barat, pertemuan hibrida Gugus Tugas TPPO, 27 Juni 2023 "
                    "(barat.jakarta.go.id)",
                    "Pemkot Jakarta Barat, “OPD Pemkot Jakbar ikut pertemuan tim gugus tugas "
                    "TPPO”, 26 September 2024 (barat.jakarta.go.id)",
                    "Pemkot Jakarta Barat, sosialisasi penguatan Gugus Tugas TPPO, 6 Oktober 2022 "
                    "(barat.jakarta.go.id)",
                    "Antara, anggota DPRD minta DKI aktifkan lagi gugus tugas; penggerebekan di "
                    "Kalibata City, 2024 (antaranews.com)",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023 "
                    "(antaranews.com)",
                    "Antara, RT/RW di Jakarta Timur memantau pendatang baru, 2023 (antaranews.com)",
                    "Viva, temuan Polda Metro Jaya di sebuah hotel di Tamansari, Jakarta Barat, "
                    "25 Mei 2021",
                    "Nomor layanan: KP2MI (Mediamasakini, 10 April 2025); UPT PPPA DKI (Antara, "
                    "November 2025); Polda Metro Jaya (Centangsatu, 3 September 2025); Polri 110 "
                    "(LensaIndonesia, 3 Oktober 2025)",
                ]
            },
        ),
    ],
}


# --- Quizzes -------------------------------------------------------------------------------
# Items are parallel: question N of the pre-test and of the final test test the same idea with a
# different situation, so the gain between the two can be compared item by item.

PRETEST_QUESTIONS = [
    (
        "red_flags",
        {
            "title": "Tetangga baru di ujung gang",
            "scenario": (
                "<p><i>Ilustrasi dengan nama samaran.</i></p>"
                "<p>Sejak sebulan lalu, sebuah rumah di ujung gang Anda ditempati Pak Darto "
                "(bukan nama sebenarnya) dan sekitar delapan perempuan muda yang baru datang ke "
                "Jakarta. Kata Pak Darto, mereka karyawan usaha kateringnya. Kedelapan perempuan "
                "itu tidur di satu kamar. Mereka tidak pernah terlihat keluar sendirian. Saat "
                "salah satunya membeli gas di warung, Pak Darto ikut dan menjawab semua pertanyaan "
                "penjual. Ia juga pernah bilang KTP mereka “disimpan supaya tidak hilang”. Setiap "
                "pagi, para perempuan itu memasak dan mengantar pesanan dengan seragam rapi.</p>"
            ),
            "image": "",
            "image_alt": "",
            "statements": [
                {
                    "text": "Delapan orang tidur di satu kamar.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Tempat tinggal yang sangat sesak termasuk "
                        "tanda dalam daftar Departemen Luar Negeri AS (2024)."
                    ),
                },
                {
                    "text": "Mereka tidak pernah terlihat keluar sendirian.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Pembatasan gerak adalah salah satu dari 11 "
                        "indikator kerja paksa ILO (2012)."
                    ),
                },
                {
                    "text": "Pak Darto ikut ke warung dan menjawab semua pertanyaan untuk mereka.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Orang yang tidak pernah bisa berbicara sendiri "
                        "mungkin sedang diawasi (Departemen Luar Negeri AS, 2024)."
                    ),
                },
                {
                    "text": "KTP mereka dipegang Pak Darto.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Penahanan dokumen identitas adalah indikator "
                        "kerja paksa ILO (2012). Tanpa KTP, orang sulit pergi atau meminta "
                        "tolong."
                    ),
                },
                {
                    "text": "Mereka memasak dan mengantar pesanan dengan seragam rapi.",
                    "suspicious": False,
                    "feedback": (
                        "Ini bukan tanda bahaya. Bekerja memasak dan memakai seragam adalah hal "
                        "biasa. Yang perlu diperhatikan adalah apakah mereka bebas, dibayar, dan "
                        "memegang dokumennya sendiri."
                    ),
                },
                {
                    "text": "Mereka perempuan muda yang baru datang ke Jakarta.",
                    "suspicious": False,
                    "feedback": (
                        "Ini sendiri bukan tanda bahaya. Menjadi pendatang baru tidak "
                        "mencurigakan, dan siapa saja, termasuk laki-laki, bisa menjadi korban. "
                        "Yang penting adalah tanda-tanda lain yang menyertainya."
                    ),
                },
            ],
            "explanation": (
                "Ada empat tanda yang muncul bersama: tempat tinggal sesak, pembatasan gerak, "
                "tidak bisa berbicara sendiri, dan KTP dipegang orang lain. Itu cukup untuk "
                "dicatat dan dilaporkan, misalnya ke UPT PPPA DKI Jakarta di 0813-1761-7622 "
                "(sumber November 2025). Jangan menegur Pak Darto sendiri."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Menurut daftar 11 indikator kerja paksa dari ILO (2012), manakah yang termasuk "
                "indikator?"
            ),
            "choices": [
                {
                    "text": "Majikan menahan dokumen identitas pekerja, seperti KTP atau paspor.",
                    "correct": True,
                    "feedback": (
                        "Tepat. Penahanan dokumen identitas adalah salah satu indikator ILO. "
                        "Dokumen yang ditahan membuat pekerja sulit pergi."
                    ),
                },
                {
                    "text": "Pekerja tinggal jauh dari kampung halamannya.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Banyak orang bekerja jauh dari kampung secara wajar. "
                        "Isolasi dalam daftar ILO berarti dijauhkan dari keluarga dan orang lain, "
                        "bukan sekadar jauh dari rumah."
                    ),
                },
                {
                    "text": "Pekerja menerima gaji sesuai kontrak setiap bulan.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Gaji yang dibayar sesuai kontrak justru tanda yang baik. "
                        "Indikatornya adalah upah yang ditahan atau tidak dibayar."
                    ),
                },
                {
                    "text": "Pekerja diwajibkan memakai seragam kerja.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Seragam kerja adalah aturan kerja biasa dan tidak termasuk "
                        "indikator kerja paksa."
                    ),
                },
            ],
            "explanation": (
                "Sebelas indikator ILO (2012) antara lain penyalahgunaan kerentanan, penipuan, "
                "pembatasan gerak, isolasi, kekerasan, ancaman, penahanan dokumen identitas, "
                "penahanan upah, jeratan utang, kondisi kerja dan tempat tinggal yang buruk, dan "
                "lembur berlebihan."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Pertanyaan seperti “Siapa yang memegang paspor Anda?” sebaiknya diajukan di "
                "depan majikannya, supaya majikan bisa ikut menjelaskan."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Jika majikan ikut mendengar, orang itu tidak bisa menjawab dengan "
                "jujur dan bisa dihukum setelahnya."
            ),
            "feedback_false": (
                "Tepat. Pertanyaan seperti ini hanya boleh diajukan jika aman dan berdua saja, "
                "tanpa didengar majikan atau perekrut."
            ),
            "explanation": (
                "Daftar Departemen Luar Negeri AS (2024) memuat pertanyaan seperti ini, tetapi "
                "hanya untuk diajukan jika aman dan dilakukan secara pribadi. Jika tidak bisa "
                "berdua, jangan bertanya: catat saja yang Anda lihat, lalu laporkan."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Anda yakin tetangga Anda mengurung pekerja rumah tangganya. Apa langkah yang "
                "paling tepat?"
            ),
            "choices": [
                {
                    "text": "Mencatat apa yang Anda lihat dan dengar, lalu melapor ke layanan resmi.",
                    "correct": True,
                    "feedback": (
                        "Tepat. Mencatat fakta dan melapor menjaga keselamatan Anda dan korban, "
                        "dan memberi petugas bahan untuk bertindak."
                    ),
                },
                {
                    "text": ("Mendatangi majikannya bersama warga lain dan memaksa pintu dibuka."),
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Menghadapi pelaku bisa membuat Anda celaka, dan korban "
                        "bisa dipindahkan atau dihukum. Serahkan penyelamatan kepada petugas."
                    ),
                },
                {
                    "text": "Mengunggah video rumah itu ke media sosial supaya viral.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Unggahan viral bisa butuh berhari-hari sampai ditangani "
                        "(Kemlu, 2018), dan bisa membuka identitas korban."
                    ),
                },
                {
                    "text": "Menunggu sampai Anda punya bukti yang lengkap.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Anda tidak perlu bukti lengkap untuk melapor. Memeriksa "
                        "kebenarannya adalah tugas petugas."
                    ),
                },
            ],
            "explanation": (
                "Peran terbaik warga adalah menjadi saksi yang teliti: perhatikan, catat, lalu "
                "laporkan. Jangan menghadapi pelaku atau menyelamatkan korban sendiri. Jika ada "
                "bahaya saat itu juga, telepon 110 atau, di Jakarta, 112."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Anda ingin melaporkan agen penyalur kerja yang Anda curigai tidak resmi. Apa "
                "saja yang berguna untuk disiapkan? (Pilih semua yang benar.)"
            ),
            "choices": [
                {
                    "text": "Nama dan alamat agen.",
                    "correct": True,
                    "feedback": "Benar. Petugas perlu tahu agen mana yang dilaporkan dan di mana.",
                },
                {
                    "text": "Nama dan kontak orang-orang yang terlibat.",
                    "correct": True,
                    "feedback": (
                        "Benar. Nama dan nomor perekrut membantu petugas menelusuri kasusnya."
                    ),
                },
                {
                    "text": "Dokumen yang mencurigakan.",
                    "correct": True,
                    "feedback": (
                        "Benar. Dokumen seperti ini bisa menjadi bukti. Simpan, jangan dibuang."
                    ),
                },
                {
                    "text": "Urutan kejadian dari awal (kronologi).",
                    "correct": True,
                    "feedback": (
                        "Benar. Kronologi membantu petugas memahami apa yang terjadi dan kapan."
                    ),
                },
                {
                    "text": "Cerita tambahan yang Anda karang supaya laporan terdengar lebih kuat.",
                    "correct": False,
                    "feedback": (
                        "Salah. Laporkan hanya yang Anda tahu. Cerita karangan bisa menyesatkan "
                        "petugas dan melemahkan kasus."
                    ),
                },
                {
                    "text": "Foto korban yang sudah Anda sebarkan di grup WhatsApp.",
                    "correct": False,
                    "feedback": (
                        "Salah. Menyebarkan foto korban membuka identitasnya, padahal Pasal 44 "
                        "UU 21/2007 melindungi kerahasiaan identitas korban."
                    ),
                },
            ],
            "explanation": (
                "Sebuah blog (Lintasatlantik, Desember 2025) menyarankan menyiapkan nama dan "
                "alamat agen, nama dan kontak orang yang terlibat, dokumen yang mencurigakan, dan "
                "kronologi. Sumbernya bukan lembaga resmi, jadi ini bantuan, bukan syarat. "
                "Laporan yang belum lengkap tetap boleh disampaikan."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Mengunggah kasus ke media sosial sampai viral adalah cara tercepat agar petugas "
                "bertindak."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Menurut Kemlu (2018), unggahan viral bisa butuh berhari-hari, "
                "sedangkan laporan lewat telepon bisa ditindaklanjuti hari itu juga."
            ),
            "feedback_false": (
                "Tepat. Kemlu (2018) meminta masyarakat melapor langsung, karena laporan lewat "
                "telepon bisa ditindaklanjuti hari itu juga."
            ),
            "explanation": (
                "Laporkan langsung ke layanan resmi. Unggahan di media sosial juga bisa membuka "
                "identitas korban dan membuat pelaku waspada (Kumparan, 20 Februari 2018)."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Di Jakarta, Anda melihat seorang remaja diseret paksa masuk ke mobil sambil "
                "berteriak minta tolong. Nomor mana yang paling tepat ditelepon saat itu juga?"
            ),
            "choices": [
                {
                    "text": "112 (Jakarta Siaga)",
                    "correct": True,
                    "feedback": (
                        "Tepat. 112 adalah layanan darurat 24 jam Pemprov DKI Jakarta (Antara, "
                        "Mei 2025). Telepon 110 (Polri) juga bisa."
                    ),
                },
                {
                    "text": "148 (LPSK)",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. LPSK melindungi saksi dan korban, bukan layanan darurat "
                        "untuk kejadian yang sedang berlangsung."
                    ),
                },
                {
                    "text": "0-800-1000 (KP2MI)",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. KP2MI melayani urusan pekerja migran dan agen, bukan "
                        "keadaan darurat di jalan."
                    ),
                },
                {
                    "text": "Mengirim email ke Komnas Perempuan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Email tidak cocok untuk bahaya yang sedang terjadi. "
                        "Telepon layanan darurat."
                    ),
                },
            ],
            "explanation": (
                "Untuk bahaya yang sedang terjadi, telepon layanan darurat: 112 (Jakarta Siaga, "
                "khusus Jakarta) atau 110 (Polri, seluruh Indonesia, gratis, 24 jam)."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Tetangga Anda akan berangkat kerja ke luar negeri lewat agen yang belum jelas "
                "izinnya. Ke mana ia bisa memeriksa agen itu atau melaporkan agen palsu?"
            ),
            "choices": [
                {
                    "text": "KP2MI: telepon gratis 0-800-1000 atau WhatsApp 0811-8080-141",
                    "correct": True,
                    "feedback": (
                        "Tepat. KP2MI melayani calon pekerja migran dan keluarganya untuk "
                        "memeriksa agen dan melaporkan agen palsu (Wakil Menteri P2MI, 10 April "
                        "2025)."
                    ),
                },
                {
                    "text": "LPSK: 148",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. LPSK memberi perlindungan kepada saksi dan korban, bukan "
                        "memeriksa izin agen."
                    ),
                },
                {
                    "text": "Hotline Pelindungan WNI Kemlu: +62 812 9007 0027",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Hotline Kemlu untuk WNI yang sudah berada di luar negeri "
                        "dan sedang kesulitan. Sebelum berangkat, periksa ke KP2MI."
                    ),
                },
                {
                    "text": "KPAI: WhatsApp 0811-1772-273",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. KPAI menangani pengaduan perlindungan anak, bukan izin "
                        "agen pekerja migran."
                    ),
                },
            ],
            "explanation": (
                "Sebelum berangkat kerja ke luar negeri, periksa agen dan tawarannya ke KP2MI "
                "(0-800-1000, gratis dari dalam Indonesia, atau WhatsApp 0811-8080-141; sumber 10 "
                "April 2025)."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Kakak Anda bekerja di luar negeri. Ia mengirim pesan bahwa paspornya diambil dan "
                "ia tidak boleh keluar. Jalur mana saja yang tepat? (Pilih semua yang benar.)"
            ),
            "choices": [
                {
                    "text": "Hotline Pelindungan WNI Kemlu: +62 812 9007 0027",
                    "correct": True,
                    "feedback": (
                        "Benar. Hotline ini untuk WNI yang kesulitan di luar negeri, 24 jam "
                        "(sumber 3 Februari 2020; periksa lagi sebelum dipakai)."
                    ),
                },
                {
                    "text": "KBRI atau KJRI di negara itu",
                    "correct": True,
                    "feedback": (
                        "Benar. Perwakilan Indonesia di negara itu punya nomor siaga 24 jam "
                        "sendiri (Kumparan, 2018)."
                    ),
                },
                {
                    "text": "Tombol darurat di aplikasi Safe Travel, jika kakak Anda sudah memasangnya",
                    "correct": True,
                    "feedback": (
                        "Benar. Tombol darurat Safe Travel terhubung ke KBRI atau KJRI terdekat."
                    ),
                },
                {
                    "text": "KP2MI dari luar negeri: +62 21 2924 4800 atau WhatsApp 0811-8080-141",
                    "correct": True,
                    "feedback": (
                        "Benar. Layanan ini untuk pekerja migran di luar negeri yang bermasalah "
                        "dengan agen atau majikan (sumber 10 April 2025)."
                    ),
                },
                {
                    "text": "Menunggu sampai kontraknya selesai",
                    "correct": False,
                    "feedback": (
                        "Salah. Paspor diambil dan dilarang keluar adalah tanda kerja paksa. "
                        "Menunggu bisa membuat keadaannya makin buruk."
                    ),
                },
                {
                    "text": "Menyebarkan foto paspor dan alamat tempat kerjanya di media sosial",
                    "correct": False,
                    "feedback": (
                        "Salah. Ini membuka identitasnya dan bisa membuat pelaku waspada. Kirim "
                        "informasi itu kepada petugas saja."
                    ),
                },
            ],
            "explanation": (
                "Jika korban berada di luar negeri, hubungi Kemlu, KBRI atau KJRI setempat, "
                "tombol darurat Safe Travel, dan untuk pekerja migran juga KP2MI. Simpan pesannya "
                "sebagai bukti."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Menurut Pasal 44 UU 21/2007, saksi dan korban TPPO berhak agar identitasnya "
                "dirahasiakan."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Pasal 44 memberi saksi dan korban hak atas kerahasiaan identitas, dan hak "
                "itu bisa mencakup keluarga sampai derajat kedua yang diancam."
            ),
            "feedback_false": (
                "Kurang tepat. Pasal 44 justru menjamin kerahasiaan identitas saksi dan korban."
            ),
            "explanation": (
                "Hak ini membuat orang lebih aman saat melapor atau bersaksi. Perlindungan lebih "
                "lanjut bisa diminta ke LPSK (Pasal 43)."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Bagaimana anak yang menjadi korban atau saksi TPPO diperiksa menurut Pasal 39–40 "
                "UU 21/2007?"
            ),
            "choices": [
                {
                    "text": (
                        "Didampingi orang tua, wali, atau pendamping, tanpa kehadiran terdakwa; "
                        "keterangannya boleh direkam di luar ruang sidang."
                    ),
                    "correct": True,
                    "feedback": (
                        "Tepat. Aturan ini melindungi anak dari rasa takut dan tekanan saat "
                        "memberi keterangan."
                    ),
                },
                {
                    "text": "Sama seperti orang dewasa, berhadapan langsung dengan terdakwa.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Undang-undang justru mengatur agar anak diperiksa tanpa "
                        "kehadiran terdakwa."
                    ),
                },
                {
                    "text": "Anak tidak boleh memberi keterangan sama sekali.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Anak boleh memberi keterangan, dengan pendamping dan "
                        "perlindungan khusus."
                    ),
                },
                {
                    "text": "Anak harus datang sendiri, tanpa orang tua.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Anak diperiksa dengan didampingi orang tua, wali, atau "
                        "pendamping."
                    ),
                },
            ],
            "explanation": (
                "Pasal 39–40 UU 21/2007: anak korban atau saksi diperiksa dengan pendamping, "
                "tanpa kehadiran terdakwa, dan keterangannya boleh direkam di luar ruang sidang."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Setelah menjadi saksi kasus TPPO, Anda didatangi dan ditanya-tanya orang tak "
                "dikenal. Lembaga mana yang bisa Anda mintai perlindungan?"
            ),
            "choices": [
                {
                    "text": "LPSK: telepon 148 atau WhatsApp 0857-7001-0048",
                    "correct": True,
                    "feedback": (
                        "Tepat. LPSK (Lembaga Perlindungan Saksi dan Korban) memberi perlindungan "
                        "kepada saksi dan korban (sumber Tempo, 2021)."
                    ),
                },
                {
                    "text": "KP2MI: 0-800-1000",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. KP2MI menangani urusan pekerja migran, bukan perlindungan "
                        "saksi."
                    ),
                },
                {
                    "text": "Hotline Pelindungan WNI Kemlu: +62 812 9007 0027",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Hotline Kemlu untuk WNI yang sedang kesulitan di luar "
                        "negeri."
                    ),
                },
                {
                    "text": "Tidak ada; saksi harus menanggung risikonya sendiri.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Undang-undang melindungi saksi (Pasal 43 dan 44 UU "
                        "21/2007), dan LPSK bisa dimintai perlindungan."
                    ),
                },
            ],
            "explanation": (
                "Saksi dan korban berhak dilindungi (Pasal 43 UU 21/2007) dan identitasnya "
                "dirahasiakan (Pasal 44). Beri tahu juga polisi yang menangani kasusnya."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Korban yang dipaksa pelaku TPPO melakukan tindak pidana tetap harus dihukum, "
                "karena ia yang melakukannya."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pasal 18 UU 21/2007 menyatakan korban yang dipaksa pelaku "
                "melakukan tindak pidana tidak dipidana."
            ),
            "feedback_false": (
                "Tepat. Menurut Pasal 18 UU 21/2007, korban seperti ini tidak dipidana. Ia "
                "diperlakukan sebagai korban."
            ),
            "explanation": (
                "Pelaku TPPO kadang memaksa korbannya berbuat kejahatan. Pasal 18 melindungi "
                "korban dari hukuman atas perbuatan yang dipaksakan itu."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": "Apa dasar hukum Gugus Tugas TPPO di DKI Jakarta saat ini?",
            "choices": [
                {
                    "text": "Peraturan Gubernur DKI Jakarta No. 64 Tahun 2019",
                    "correct": True,
                    "feedback": (
                        "Tepat. Pergub DKI 64/2019 mengatur Gugus Tugas di Jakarta (Antara, 2024)."
                    ),
                },
                {
                    "text": "Peraturan Gubernur DKI Jakarta No. 218 Tahun 2010",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Pergub 218/2010 sudah digantikan oleh Pergub 64/2019."
                    ),
                },
                {
                    "text": "UU No. 18 Tahun 2017",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. UU 18/2017 mengatur pelindungan pekerja migran Indonesia, "
                        "bukan Gugus Tugas di Jakarta."
                    ),
                },
                {
                    "text": "Perpres No. 49 Tahun 2023",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Perpres 49/2023 mengubah aturan Gugus Tugas tingkat "
                        "nasional. Gugus Tugas DKI diatur dengan Pergub."
                    ),
                },
            ],
            "explanation": (
                "Gugus Tugas TPPO DKI Jakarta diatur dengan Pergub DKI No. 64 Tahun 2019, yang "
                "menggantikan Pergub 218/2010. Gugus Tugas ini adalah lembaga koordinatif."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Langkah apa saja yang dilaporkan di tingkat kota di Jakarta pada 2023? (Pilih "
                "semua yang benar.)"
            ),
            "choices": [
                {
                    "text": "Jakarta Barat menyiagakan enam posko pelaporan TPPO.",
                    "correct": True,
                    "feedback": "Benar. Ini diberitakan Antara pada 2023.",
                },
                {
                    "text": (
                        "Di Jakarta Timur, pengurus RT/RW diminta memantau pendatang baru dalam "
                        "2 × 24 jam."
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Ini langkah pencegahan yang diberitakan Antara pada 2023."
                    ),
                },
                {
                    "text": "Setiap RT diwajibkan menggerebek rumah kontrakan yang dihuni pendatang.",
                    "correct": False,
                    "feedback": (
                        "Salah. Tidak ada aturan seperti itu. Warga diminta memantau dan "
                        "melapor, bukan menggerebek sendiri."
                    ),
                },
                {
                    "text": "Pendatang baru dilarang tinggal di Jakarta.",
                    "correct": False,
                    "feedback": (
                        "Salah. Pemantauan bukan larangan. Pendatang baru bisa saja justru orang "
                        "yang butuh perlindungan."
                    ),
                },
            ],
            "explanation": (
                "Pada 2023, Jakarta Barat menyiagakan enam posko pelaporan TPPO dan pengurus "
                "RT/RW di Jakarta Timur diminta memantau pendatang baru dalam 2 × 24 jam (Antara, "
                "2023). Peran warga: memperhatikan, mencatat, dan melapor."
            ),
        },
    ),
]

FINAL_QUESTIONS = [
    (
        "red_flags",
        {
            "title": "Pesan dari sepupu yang bekerja di kafe",
            "scenario": (
                "<p><i>Ilustrasi dengan nama samaran.</i></p>"
                "<p>Sepupu Anda, Fitri (bukan nama sebenarnya), 17 tahun, sebulan lalu berangkat "
                "kerja ke Jakarta. Malam ini ia mengirim pesan:</p>"
                "<p>“Kak, kerjaku di kafe, buka sampai jam 3 pagi, tiap hari tanpa libur. Gaji "
                "belum pernah dikasih, katanya dipotong utang ongkos dan mes. HP ini punya teman, "
                "HP-ku disimpan bos. Aku nggak boleh keluar mes kecuali diantar. Tapi teman-teman "
                "di sini baik. Tempatnya dekat stasiun.”</p>"
            ),
            "image": "",
            "image_alt": "",
            "statements": [
                {
                    "text": "Bekerja sampai jam 3 pagi setiap hari tanpa libur.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Lembur berlebihan adalah indikator kerja paksa "
                        "ILO (2012), apalagi Fitri masih 17 tahun."
                    ),
                },
                {
                    "text": "Gaji belum pernah diberikan dan dipotong untuk utang ongkos dan mes.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Penahanan upah dan jeratan utang termasuk "
                        "indikator kerja paksa ILO (2012)."
                    ),
                },
                {
                    "text": "HP-nya disimpan bos.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Tanpa HP, Fitri dijauhkan dari keluarga "
                        "(isolasi, indikator ILO 2012)."
                    ),
                },
                {
                    "text": "Ia tidak boleh keluar mes kecuali diantar.",
                    "suspicious": True,
                    "feedback": (
                        "Benar, ini tanda bahaya. Pembatasan gerak adalah indikator kerja paksa "
                        "ILO (2012)."
                    ),
                },
                {
                    "text": "Teman-temannya di sana baik.",
                    "suspicious": False,
                    "feedback": (
                        "Ini bukan tanda bahaya. Teman yang baik tidak mengubah tanda-tanda lain "
                        "yang Fitri ceritakan."
                    ),
                },
                {
                    "text": "Tempat kerjanya dekat stasiun.",
                    "suspicious": False,
                    "feedback": (
                        "Ini bukan tanda bahaya, tetapi informasi penting untuk laporan. Catat "
                        "petunjuk lokasi seperti ini."
                    ),
                },
            ],
            "explanation": (
                "Fitri masih anak dan mengalami beberapa indikator kerja paksa sekaligus. Balas "
                "dengan tenang, simpan pesannya, dan jangan mendatangi bosnya sendiri. Laporkan "
                "ke UPT PPPA DKI Jakarta di 0813-1761-7622 (sumber November 2025) atau SAPA 129. "
                "Jika ia dalam bahaya saat itu, telepon 110 atau 112."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Seorang pekerja berkata ia harus terus bekerja karena utangnya kepada perekrut "
                "tidak pernah lunas. Indikator kerja paksa ILO (2012) mana yang paling sesuai?"
            ),
            "choices": [
                {
                    "text": "Jeratan utang",
                    "correct": True,
                    "feedback": (
                        "Tepat. Jeratan utang berarti utang dipakai untuk memaksa seseorang terus "
                        "bekerja."
                    ),
                },
                {
                    "text": "Lembur berlebihan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Cerita ini tidak menyebut jam kerja. Intinya adalah utang "
                        "yang mengikat."
                    ),
                },
                {
                    "text": "Kondisi tempat tinggal yang buruk",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Cerita ini tidak menyebut tempat tinggal. Intinya adalah "
                        "utang yang tidak pernah lunas."
                    ),
                },
                {
                    "text": "Ini bukan indikator apa pun; berutang itu hal biasa.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Utang biasa bisa dilunasi. Utang yang dipakai untuk "
                        "memaksa orang terus bekerja adalah indikator kerja paksa."
                    ),
                },
            ],
            "explanation": (
                "Jeratan utang adalah salah satu dari 11 indikator kerja paksa ILO (2012). "
                "Korbannya tidak bersalah karena berutang; yang salah adalah orang yang memakai "
                "utang itu untuk memaksa."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Jika Anda tidak bisa berbicara berdua saja dengan orang yang Anda curigai "
                "menjadi korban, lebih aman tidak bertanya, cukup mencatat lalu melapor."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Pertanyaan yang terdengar pelaku bisa membahayakan orang itu. Catatan "
                "Anda tetap berguna bagi petugas."
            ),
            "feedback_false": (
                "Kurang tepat. Bertanya di depan majikan atau perekrut bisa membahayakan orang "
                "itu. Jika tidak bisa berdua, catat dan laporkan saja."
            ),
            "explanation": (
                "Menurut daftar Departemen Luar Negeri AS (2024), pertanyaan seperti “Bisakah "
                "Anda keluar-masuk dengan bebas?” hanya diajukan jika aman dan secara pribadi."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Teman Anda bercerita adiknya disekap di sebuah rumah, dan ia tahu alamatnya. Ia "
                "mengajak Anda ke sana malam ini untuk membawa adiknya kabur. Apa saran terbaik "
                "Anda?"
            ),
            "choices": [
                {
                    "text": "Telepon 110 sekarang dan sebutkan alamatnya; jangan datang sendiri.",
                    "correct": True,
                    "feedback": (
                        "Tepat. Ada orang yang disekap saat ini, jadi ini keadaan darurat. "
                        "Petugas yang harus datang, bukan Anda berdua."
                    ),
                },
                {
                    "text": "Ikut datang, tetapi membawa teman sebanyak mungkin.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Datang beramai-ramai tetap berbahaya. Pelaku bisa saja "
                        "tidak sendirian, dan korban bisa dipindahkan."
                    ),
                },
                {
                    "text": "Menunggu sampai adiknya bisa kabur sendiri.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Orang yang disekap butuh pertolongan segera. Jangan "
                        "menunggu; laporkan sekarang."
                    ),
                },
                {
                    "text": "Menghubungi pelaku dan menawarkan uang agar adiknya dilepas.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Berurusan langsung dengan pelaku membahayakan semua orang "
                        "dan tidak menghentikan kejahatannya."
                    ),
                },
            ],
            "explanation": (
                "Jangan menghadapi pelaku atau menyelamatkan korban sendiri. Catat alamat dan "
                "apa yang diketahui, lalu telepon 110 (Polri) atau, di Jakarta, 112."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Anda melihat kejadian mencurigakan di sebuah rumah kos. Apa saja yang sebaiknya "
                "Anda catat? (Pilih semua yang benar.)"
            ),
            "choices": [
                {
                    "text": "Apa yang Anda lihat atau dengar sendiri.",
                    "correct": True,
                    "feedback": "Benar. Fakta dari pengamatan sendiri paling berguna bagi petugas.",
                },
                {
                    "text": "Tanggal dan jam kejadian.",
                    "correct": True,
                    "feedback": "Benar. Waktu kejadian membantu petugas menyusun kronologi.",
                },
                {
                    "text": "Alamat, nama gedung, nomor kamar, atau patokan.",
                    "correct": True,
                    "feedback": "Benar. Tanpa lokasi yang jelas, petugas sulit menemukan korban.",
                },
                {
                    "text": "Ciri-ciri orang yang terlibat, jumlahnya, dan apakah ada anak.",
                    "correct": True,
                    "feedback": (
                        "Benar. Ini membantu petugas mengenali pelaku dan menyiapkan "
                        "pendampingan, terutama untuk anak."
                    ),
                },
                {
                    "text": "Dugaan Anda tentang kesalahan korban.",
                    "correct": False,
                    "feedback": (
                        "Salah. Korban tidak bersalah karena ditipu atau dipaksa. Catat fakta, "
                        "bukan penilaian."
                    ),
                },
                {
                    "text": "Nama lengkap korban untuk diunggah ke media sosial.",
                    "correct": False,
                    "feedback": (
                        "Salah. Identitas korban harus dirahasiakan (Pasal 44 UU 21/2007). "
                        "Sampaikan hanya kepada petugas."
                    ),
                },
            ],
            "explanation": (
                "Catat apa, kapan, di mana, dan siapa, selagi masih ingat. Tulis hanya yang Anda "
                "lihat atau dengar sendiri, dan simpan catatan di tempat aman."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Menurut Kemlu (2018), laporan lewat telepon ke layanan pengaduan bisa "
                "ditindaklanjuti hari itu juga, sedangkan unggahan viral bisa butuh berhari-hari."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Karena itu Kemlu meminta masyarakat melapor langsung, bukan hanya "
                "mengunggah ke media sosial."
            ),
            "feedback_false": (
                "Kurang tepat. Kemlu (2018) justru mengingatkan bahwa unggahan viral lebih "
                "lambat daripada laporan langsung."
            ),
            "explanation": (
                "Laporkan ke layanan resmi. Selain lebih cepat, cara ini tidak membuka identitas "
                "korban (Kumparan, 20 Februari 2018)."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Anda berada di luar Jakarta, misalnya di Bandung. Anda melihat seseorang dipukuli "
                "lalu dipaksa naik truk. Nomor mana yang paling tepat ditelepon saat itu juga?"
            ),
            "choices": [
                {
                    "text": "110 (Polri)",
                    "correct": True,
                    "feedback": (
                        "Tepat. 110 berlaku di seluruh Indonesia, gratis, 24 jam, dan diteruskan "
                        "ke Polres terdekat (LensaIndonesia, 3 Oktober 2025)."
                    ),
                },
                {
                    "text": "WhatsApp KPAI 0811-1772-273",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. KPAI menerima pengaduan perlindungan anak, bukan layanan "
                        "darurat untuk kejadian yang sedang berlangsung."
                    ),
                },
                {
                    "text": "Hotline Pelindungan WNI Kemlu +62 812 9007 0027",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Hotline Kemlu untuk WNI yang kesulitan di luar negeri."
                    ),
                },
                {
                    "text": "Mengirim email ke Komnas Perempuan besok pagi",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ini bahaya yang sedang terjadi. Menunggu sampai besok "
                        "terlalu lama."
                    ),
                },
            ],
            "explanation": (
                "Untuk bahaya yang sedang terjadi di mana pun di Indonesia, telepon 110. Di "
                "Jakarta, 112 (Jakarta Siaga) juga bisa dipakai."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Seorang kenalan menawari adik Anda kerja di pabrik di luar negeri dan meminta "
                "“biaya proses”. Ke mana Anda bisa menanyakan apakah agennya resmi?"
            ),
            "choices": [
                {
                    "text": "KP2MI: telepon gratis 0-800-1000 atau WhatsApp 0811-8080-141",
                    "correct": True,
                    "feedback": (
                        "Tepat. KP2MI melayani calon pekerja migran dan keluarganya untuk "
                        "memeriksa agen dan tawaran kerja (sumber 10 April 2025)."
                    ),
                },
                {
                    "text": "Jakarta Siaga 112",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. 112 untuk keadaan darurat, bukan untuk memeriksa izin agen."
                    ),
                },
                {
                    "text": "LPSK: WhatsApp 0857-7001-0048",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. LPSK melindungi saksi dan korban, bukan memeriksa agen "
                        "penyalur."
                    ),
                },
                {
                    "text": "Cukup bertanya kepada kenalan itu apakah agennya resmi.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Perekrut tentu akan bilang resmi. Periksa ke lembaga "
                        "pemerintah, bukan kepada orang yang menawarkan."
                    ),
                },
            ],
            "explanation": (
                "Sebelum berangkat kerja ke luar negeri, tanyakan agen dan tawarannya ke KP2MI "
                "(0-800-1000 atau WhatsApp 0811-8080-141). KP2MI juga menerima laporan agen "
                "palsu."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Adik Anda akan kuliah dan tinggal di luar negeri selama dua tahun. Apa saja yang "
                "sebaiknya ia siapkan agar mudah mendapat bantuan jika ada masalah? (Pilih semua "
                "yang benar.)"
            ),
            "choices": [
                {
                    "text": "Memasang aplikasi Safe Travel dari Kemlu sebelum berangkat.",
                    "correct": True,
                    "feedback": (
                        "Benar. Aplikasi ini punya tombol darurat yang terhubung ke KBRI atau "
                        "KJRI terdekat."
                    ),
                },
                {
                    "text": "Lapor diri lewat Safe Travel atau situs peduliwni.kemlu.go.id.",
                    "correct": True,
                    "feedback": (
                        "Benar. Kemlu (2018) menganjurkan lapor diri bagi yang tinggal lebih dari "
                        "6 bulan."
                    ),
                },
                {
                    "text": "Menyimpan nomor siaga KBRI atau KJRI yang dikirim lewat SMS saat tiba.",
                    "correct": True,
                    "feedback": (
                        "Benar. Setiap KBRI dan KJRI punya nomor siaga 24 jam sendiri (Kumparan, "
                        "2018)."
                    ),
                },
                {
                    "text": "Menyimpan Hotline Pelindungan WNI Kemlu: +62 812 9007 0027.",
                    "correct": True,
                    "feedback": (
                        "Benar. Hotline ini untuk WNI yang kesulitan di luar negeri (sumber 2020; "
                        "periksa lagi sebelum berangkat)."
                    ),
                },
                {
                    "text": "Menitipkan paspornya kepada orang yang baru dikenal agar aman.",
                    "correct": False,
                    "feedback": (
                        "Salah. Paspor sebaiknya dipegang sendiri. Paspor yang dipegang orang "
                        "lain adalah tanda bahaya."
                    ),
                },
                {
                    "text": "Tidak perlu lapor diri, karena lapor diri hanya untuk pekerja migran.",
                    "correct": False,
                    "feedback": (
                        "Salah. Anjuran lapor diri dari Kemlu (2018) berlaku bagi WNI yang "
                        "tinggal lebih dari 6 bulan, termasuk pelajar."
                    ),
                },
            ],
            "explanation": (
                "Sebelum tinggal lama di luar negeri: pasang Safe Travel, lapor diri, dan simpan "
                "nomor KBRI atau KJRI serta hotline Kemlu. Jika ada masalah, perwakilan Indonesia "
                "lebih mudah dihubungi."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Saksi dalam kasus TPPO harus siap namanya diumumkan, dan keluarganya tidak bisa "
                "mendapat perlindungan."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pasal 44 UU 21/2007 memberi saksi hak agar identitasnya "
                "dirahasiakan, dan hak itu bisa mencakup keluarganya."
            ),
            "feedback_false": (
                "Tepat. Identitas saksi boleh dirahasiakan (Pasal 44), termasuk bagi keluarga "
                "sampai derajat kedua yang diancam."
            ),
            "explanation": (
                "UU 21/2007 melindungi saksi dan korban: perlindungan menurut UU tentang "
                "Perlindungan Saksi dan Korban (Pasal 43) dan kerahasiaan identitas (Pasal 44)."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Seorang anak berusia 14 tahun menjadi saksi kasus TPPO. Ibunya khawatir anaknya "
                "harus bertemu terdakwa. Apa yang benar menurut Pasal 39–40 UU 21/2007?"
            ),
            "choices": [
                {
                    "text": (
                        "Anak diperiksa dengan didampingi orang tua, wali, atau pendamping, tanpa "
                        "kehadiran terdakwa."
                    ),
                    "correct": True,
                    "feedback": ("Tepat. Keterangannya juga boleh direkam di luar ruang sidang."),
                },
                {
                    "text": "Anak harus bersaksi di depan terdakwa, sama seperti orang dewasa.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Undang-undang mengatur agar anak diperiksa tanpa "
                        "kehadiran terdakwa."
                    ),
                },
                {
                    "text": "Ibunya tidak boleh ikut mendampingi.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Orang tua, wali, atau pendamping justru boleh mendampingi "
                        "anak."
                    ),
                },
                {
                    "text": "Anak baru boleh bersaksi setelah berusia 18 tahun.",
                    "correct": False,
                    "feedback": ("Kurang tepat. Anak boleh bersaksi, dengan perlindungan khusus."),
                },
            ],
            "explanation": (
                "Pasal 39–40 UU 21/2007 melindungi anak korban dan saksi: ada pendamping, tanpa "
                "kehadiran terdakwa, dan keterangan boleh direkam di luar ruang sidang."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": (
                "Seorang korban TPPO ingin mendapat restitusi, yaitu ganti rugi dari pelaku. "
                "Lembaga mana yang bisa membantunya?"
            ),
            "choices": [
                {
                    "text": "LPSK: telepon 148 atau WhatsApp 0857-7001-0048",
                    "correct": True,
                    "feedback": (
                        "Tepat. LPSK membantu korban meminta restitusi, bersama jaksa dan "
                        "pengadilan."
                    ),
                },
                {
                    "text": "Jakarta Siaga 112",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. 112 adalah layanan darurat, bukan tempat mengurus ganti "
                        "rugi."
                    ),
                },
                {
                    "text": "Aplikasi Safe Travel",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Safe Travel untuk WNI yang bepergian ke luar negeri."
                    ),
                },
                {
                    "text": "Tidak ada; korban harus menagih sendiri kepada pelaku.",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Korban tidak perlu berhadapan sendiri dengan pelaku. "
                        "Restitusi diurus lewat LPSK, jaksa, dan pengadilan."
                    ),
                },
            ],
            "explanation": (
                "LPSK melindungi saksi dan korban dan membantu permohonan restitusi. Nomornya "
                "berasal dari sumber 2020–2021, jadi periksa lagi di halaman Bantuan & Lapor."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Menurut Pasal 18 UU 21/2007, korban yang melakukan tindak pidana karena dipaksa "
                "pelaku TPPO tidak dipidana."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Pasal 18 melindungi korban dari hukuman atas perbuatan yang dipaksakan "
                "pelaku."
            ),
            "feedback_false": (
                "Kurang tepat. Pasal 18 justru menyatakan korban seperti ini tidak dipidana."
            ),
            "explanation": (
                "Korban yang dipaksa berbuat kejahatan tetap diperlakukan sebagai korban. "
                "Keluarganya juga tidak perlu malu untuk melapor dan meminta tolong."
            ),
        },
    ),
    (
        "single_choice",
        {
            "question": "Apa peran Gugus Tugas TPPO DKI Jakarta menurut Pergub DKI 64/2019?",
            "choices": [
                {
                    "text": (
                        "Lembaga koordinatif yang menyatukan kerja berbagai lembaga untuk "
                        "mencegah dan menangani TPPO"
                    ),
                    "correct": True,
                    "feedback": (
                        "Tepat. Gugus Tugas DKI adalah lembaga koordinatif (Antara, 2024)."
                    ),
                },
                {
                    "text": "Agen resmi yang menyalurkan pekerja ke luar negeri",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Penyaluran pekerja migran dilakukan perusahaan penempatan "
                        "berizin, bukan Gugus Tugas."
                    ),
                },
                {
                    "text": "Pengadilan khusus yang menjatuhkan hukuman kepada pelaku",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Hukuman dijatuhkan oleh pengadilan, bukan oleh Gugus Tugas."
                    ),
                },
                {
                    "text": "Kelompok warga yang bertugas menggerebek tempat penampungan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Gugus Tugas adalah wadah kerja sama lembaga pemerintah. "
                        "Warga diminta melapor, bukan menggerebek."
                    ),
                },
            ],
            "explanation": (
                "Pergub DKI No. 64 Tahun 2019 mengatur Gugus Tugas TPPO di Jakarta sebagai "
                "lembaga koordinatif. Di Jakarta Barat saja, 36 unit kerja perangkat daerah ikut "
                "di dalamnya (2023)."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Anda pengurus RW di Jakarta. Sebuah rumah kontrakan tiba-tiba dihuni banyak "
                "remaja, dan KTP mereka dipegang seorang perekrut. Apa saja yang tepat dilakukan? "
                "(Pilih semua yang benar.)"
            ),
            "choices": [
                {
                    "text": "Mencatat tanggal, alamat, jumlah orang, dan ciri-ciri perekrut.",
                    "correct": True,
                    "feedback": "Benar. Catatan fakta seperti ini sangat membantu petugas.",
                },
                {
                    "text": (
                        "Melapor ke UPT PPPA DKI (0813-1761-7622) atau WhatsApp Polda Metro Jaya "
                        "(0813-8823-6060)."
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Keduanya layanan 24 jam di Jakarta (sumber November 2025 dan "
                        "3 September 2025)."
                    ),
                },
                {
                    "text": (
                        "Jika mereka akan dikirim kerja ke luar negeri, menanyakan agennya ke "
                        "KP2MI (0-800-1000)."
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. KP2MI bisa memeriksa agen dan menerima laporan agen palsu "
                        "(sumber 10 April 2025)."
                    ),
                },
                {
                    "text": "Mengumpulkan warga untuk mengusir perekrut malam itu juga.",
                    "correct": False,
                    "feedback": (
                        "Salah. Menghadapi perekrut bisa membahayakan warga, dan remaja itu bisa "
                        "dipindahkan ke tempat lain."
                    ),
                },
                {
                    "text": "Mengusir semua pendatang baru dari lingkungan.",
                    "correct": False,
                    "feedback": (
                        "Salah. Remaja itu mungkin korban yang butuh perlindungan. Mengusir "
                        "mereka tidak menolong siapa pun."
                    ),
                },
            ],
            "explanation": (
                "Pengurus RT/RW diminta memantau pendatang baru (Jakarta Timur, 2023), lalu "
                "mencatat dan melapor jika ada tanda bahaya. Remaja di bawah 18 tahun adalah "
                "anak, jadi laporan ke UPT PPPA DKI atau SAPA 129 juga tepat."
            ),
        },
    ),
]

COURSE = {
    "slug": "melapor-dan-menolong",
    "title": "Melapor dan Menolong",
    "summary": (
        "Kursus singkat untuk mengenali tanda seseorang mungkin menjadi korban perdagangan orang "
        "(TPPO), dan menolong dengan cara yang aman: mencatat fakta dan melapor ke jalur yang "
        "tepat, di Jakarta, di daerah lain, atau di luar negeri. Anda juga belajar hak saksi dan "
        "korban, serta peran Gugus Tugas TPPO di Jakarta."
    ),
    "audience": (
        "Warga Jakarta, pengurus RT/RW, pekerja hotel dan apartemen, pelajar, mahasiswa, dan "
        "keluarga pekerja migran"
    ),
    "estimated_minutes": 45,
    "objectives": [
        "Mengenali tanda seseorang mungkin menjadi korban perdagangan orang, berdasarkan "
        "indikator ILO dan Departemen Luar Negeri AS.",
        "Menjelaskan mengapa warga sebaiknya mencatat dan melapor, bukan menghadapi pelaku atau "
        "menyelamatkan korban sendiri.",
        "Memilih jalur pengaduan yang tepat untuk keadaan darurat, untuk kasus di Jakarta, di "
        "daerah lain, dan di luar negeri.",
        "Menyebutkan hak saksi dan korban menurut UU No. 21 Tahun 2007 dan cara meminta "
        "perlindungan LPSK.",
        "Menjelaskan peran Gugus Tugas TPPO DKI Jakarta dan apa yang bisa dilakukan warga serta "
        "pengurus RT/RW.",
    ],
    "lessons": [
        LESSON_SIGNS,
        LESSON_NOTE_AND_REPORT,
        LESSON_CHANNELS,
        LESSON_PROTECTION,
        LESSON_TASK_FORCE,
    ],
    "quizzes": [
        {
            "slug": "pra-tes",
            "title": "Pra-tes: Melapor dan Menolong",
            "kind": "pretest",
            "intro": (
                "Tes singkat ini mengukur apa yang sudah Anda ketahui sebelum belajar. Hanya bisa "
                "dikerjakan sekali dan tidak menentukan kelulusan. Jawab saja sebisanya; setiap "
                "jawaban disertai penjelasan."
            ),
            "pass_mark": 70,
            "max_attempts": 1,
            "after_lesson": None,
            "questions": PRETEST_QUESTIONS,
        },
        {
            "slug": "tes-akhir",
            "title": "Tes Akhir: Melapor dan Menolong",
            "kind": "final",
            "intro": (
                "Tes ini mencakup semua pelajaran dalam kursus. Nilai lulusnya 70. Anda boleh "
                "mengulang sampai lulus. Bacalah penjelasan setiap jawaban untuk memperkuat "
                "pemahaman Anda."
            ),
            "pass_mark": 70,
            "max_attempts": 0,
            "after_lesson": None,
            "questions": FINAL_QUESTIONS,
        },
    ],
}
