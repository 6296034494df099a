"""Demo course "Waspada Modus Perekrutan": recruitment lures used in human trafficking (TPPO).

Written in Indonesian from the verified ([V]) items of shared/content/fact-brief.md only. Every
figure names its year and source; every lesson ends with the sources it used. Scenario cards are
illustrations with pseudonyms, built from reported patterns, never presented as real cases.
"""

HELP_TEXT = (
    "Curiga ada tawaran atau kejadian seperti ini? Lihat halaman Bantuan & Lapor untuk tahu ke "
    "mana melapor."
)

LESSON_WHAT_IS_TPPO = {
    "slug": "apa-itu-tppo",
    "title": "Apa Itu TPPO?",
    "intro": (
        "Perdagangan orang bukan hanya soal orang yang diculik lalu dibawa ke luar negeri. "
        "Pelajaran ini menjelaskan arti TPPO menurut undang-undang, tiga unsurnya, dan mengapa "
        "siapa saja bisa menjadi korban, termasuk di Jakarta."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Arti TPPO menurut undang-undang", "level": "h2"}),
        (
            "paragraph",
            "<p>TPPO adalah singkatan dari <b>Tindak Pidana Perdagangan Orang</b>. Aturan "
            "utamanya adalah Undang-Undang (UU) Nomor 21 Tahun 2007 tentang Pemberantasan Tindak "
            "Pidana Perdagangan Orang.</p>"
            "<p>Menurut Pasal 1 angka 1 UU tersebut, perdagangan orang terjadi ketika seseorang "
            "direkrut, diangkut, ditampung, dikirim, dipindahkan, atau diterima dengan cara-cara "
            "tertentu, dengan tujuan <b>eksploitasi</b> (dimanfaatkan untuk keuntungan orang "
            "lain) atau sampai membuat orang itu tereksploitasi. Perbuatan ini bisa terjadi di "
            "dalam satu negara, bisa juga antarnegara.</p>"
            "<p>Supaya mudah diingat, para pelatih di Indonesia, termasuk dalam pelatihan IOM "
            "(Organisasi Internasional untuk Migrasi) di Jakarta pada 2011, membaginya menjadi "
            "tiga unsur: <b>proses</b>, <b>cara</b>, dan <b>tujuan</b>.</p>",
        ),
        ("heading", {"text": "Tiga unsur: proses, cara, tujuan", "level": "h3"}),
        (
            "paragraph",
            "<ol>"
            "<li><b>Proses</b>, yaitu apa yang dilakukan pelaku: perekrutan (mengajak atau "
            "membujuk orang), pengangkutan, penampungan (menahan orang di rumah atau tempat "
            "singgah sebelum dikirim), pengiriman, pemindahan, atau penerimaan.</li>"
            "<li><b>Cara</b>, yaitu bagaimana pelaku menguasai korban: ancaman kekerasan, "
            "kekerasan, penculikan, penyekapan (dikurung atau ditahan di suatu tempat), "
            "pemalsuan, penipuan, penyalahgunaan kekuasaan atau posisi rentan (keadaan sulit "
            "korban, misalnya miskin atau masih muda), penjeratan utang, atau memberi bayaran "
            "kepada orang yang memegang kendali atas korban.</li>"
            "<li><b>Tujuan</b>, yaitu eksploitasi, atau membuat orang itu tereksploitasi.</li>"
            "</ol>"
            "<p>Contoh sederhana: seseorang <i>direkrut</i> (proses) dengan <i>janji kerja yang "
            "palsu</i> (cara), lalu <i>dipaksa bekerja tanpa dibayar</i> (tujuan). Jika ketiga "
            "unsur ini ada, itu perdagangan orang.</p>",
        ),
        ("heading", {"text": "Bagaimana jika korbannya anak?", "level": "h3"}),
        (
            "paragraph",
            "<p>Protokol Palermo adalah perjanjian internasional tentang perdagangan orang. "
            "Majelis Umum Perserikatan Bangsa-Bangsa (PBB) mengesahkannya pada 15 November 2000. "
            "Indonesia menandatanganinya pada 12 Desember 2000.</p>"
            "<p>Menurut Protokol Palermo, untuk korban anak (di bawah 18 tahun), unsur "
            "<b>cara</b> tidak perlu dibuktikan. Cukup ada proses dan tujuan eksploitasi. "
            "Artinya, seorang anak tidak bisa dianggap “setuju” untuk dieksploitasi. Cara "
            "Indonesia menerapkan aturan ini untuk korban anak pernah dikritik, antara lain dalam "
            "laporan tahunan "
            "Departemen Luar Negeri Amerika Serikat tentang perdagangan orang tahun 2022.</p>"
            "<p>UU 21/2007 sendiri memberatkan hukuman: jika korbannya anak, ancaman pidana "
            "ditambah sepertiga (Pasal 17).</p>",
        ),
        ("heading", {"text": "Tidak harus ke luar negeri", "level": "h2"}),
        (
            "paragraph",
            "<p>Perdagangan orang tidak selalu berarti dibawa ke luar negeri. Pasal 2 ayat (1) UU "
            "21/2007 mengatur perdagangan orang di dalam wilayah "
            "Indonesia. Ancamannya penjara 3 sampai 15 tahun <b>dan</b> denda Rp120 juta sampai "
            "Rp600 juta. Ancaman yang sama berlaku untuk orang yang membawa seseorang masuk ke "
            "Indonesia untuk dieksploitasi (Pasal 3), dan yang membawa WNI ke luar negeri untuk "
            "dieksploitasi (Pasal 4).</p>"
            "<p>Jakarta sendiri adalah daerah tujuan dan tempat singgah para korban. Dalam "
            "pertemuan gugus tugas pada 2024, pejabat menyebut DKI Jakarta sebagai daerah tujuan "
            "dan transit terbesar kedua setelah Tanjung Pinang (Pemkot Jakarta Barat, 26 "
            "September 2024). Sebagian besar korban yang ditangani di Jakarta juga bukan warga "
            "Jakarta (Antara, 2024). Pusat Perlindungan Perempuan dan Anak (PPA) DKI "
            "menangani 37 korban TPPO pada 2023 dan 16 "
            "korban pada Januari sampai Juli 2024 (Antara dan Pemkot Jakarta Barat, 2024).</p>"
            "<p>Pejabat Jakarta Barat melaporkan pola seperti perdagangan orang di hotel dan "
            "apartemen (2022), anak yang dipaksa mengamen, perempuan yang dijadikan budak seks, "
            "serta orang dewasa yang dibujuk gaji besar lalu disekap (2023).</p>",
        ),
        ("heading", {"text": "Siapa saja bisa menjadi korban", "level": "h2"}),
        (
            "paragraph",
            "<p>Simfoni PPA, sistem pencatatan kasus milik Kementerian Pemberdayaan Perempuan "
            "dan Perlindungan Anak (KemenPPPA), mencatat 2.356 korban TPPO sejak 2017 sampai "
            "Oktober 2022. Sebanyak 50,97 persen adalah anak, 46,14 persen perempuan, dan 2,89 "
            "persen laki-laki (IDN Times, 10 Maret 2023). Namun data Bareskrim (Badan Reserse "
            "Kriminal) Polri untuk Januari sampai Juli 2024 justru mencatat lebih banyak korban "
            "laki-laki (396 orang) "
            "daripada perempuan (302 orang) (Kemenko PMK melalui Sindonews, 15 Juli 2024). "
            "Laporan tahunan Departemen Luar Negeri Amerika Serikat juga menyebut korban "
            "laki-laki sering tidak dikenali sebagai korban.</p>"
            "<p>Menurut Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan "
            "(Kemenko PMK, Januari 2024), pendorong utama TPPO adalah kemiskinan, "
            "pengangguran, pendidikan rendah, lemahnya perlindungan, dan putus sekolah.</p>"
            "<p>Jadi, menjadi korban <b>bukan</b> karena bodoh atau lalai. Pelaku pandai "
            "memanfaatkan kesulitan dan harapan orang. UU 21/2007 Pasal 18 bahkan menyatakan "
            "bahwa korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana.</p>",
        ),
        (
            "scenario",
            {
                "title": "Kerja di rumah makan yang berubah menjadi kurungan",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola yang "
                    "dilaporkan pejabat Jakarta Barat. Bukan kasus nyata.</i></p>"
                    "<p>Lina (bukan nama sebenarnya), 20 tahun, tinggal di luar Jakarta. Seorang "
                    "kenalan di media sosial menawarinya kerja di rumah makan di Jakarta. Gajinya "
                    "jauh di atas upah biasa, dan ongkos bus ditanggung. Sesampainya di Jakarta, "
                    "Lina dibawa ke sebuah unit apartemen bersama beberapa perempuan lain. "
                    "Ponselnya “disimpan dulu” oleh orang yang merekrutnya, dan pintu dikunci dari "
                    "luar. Ia diberi tahu harus melayani tamu laki-laki sampai “utang ongkos” "
                    "lunas.</p>"
                ),
                "question": (
                    "Lina tidak dibawa ke luar negeri. Apakah ini tetap perdagangan orang? Unsur "
                    "apa saja yang Anda lihat?"
                ),
                "explanation": (
                    "<p>Ya. Ketiga unsur ada. <b>Proses</b>: Lina direkrut, diangkut ke Jakarta, "
                    "lalu ditampung di apartemen. <b>Cara</b>: penipuan (janji kerja di rumah "
                    "makan), penyekapan (pintu dikunci, ponsel diambil), dan penjeratan utang "
                    "(“utang ongkos”). <b>Tujuan</b>: eksploitasi seksual.</p>"
                    "<p>Karena terjadi di dalam Indonesia, pelaku dapat dijerat Pasal 2 ayat (1) "
                    "UU 21/2007, dengan ancaman penjara 3 sampai 15 tahun dan denda Rp120 juta "
                    "sampai Rp600 juta. Tanda bahaya sejak awal: tawaran dari kenalan di media "
                    "sosial, gaji terlalu tinggi, dan semua ongkos ditanggung. Lina tidak "
                    "bersalah; yang bersalah adalah orang yang menipu dan menyekapnya.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "TPPO punya tiga unsur: proses (misalnya merekrut atau menampung), cara "
                    "(misalnya menipu atau menjerat utang), dan tujuan (eksploitasi).",
                    "Perdagangan orang juga bisa terjadi di dalam negeri, termasuk di Jakarta "
                    "(Pasal 2 ayat (1) UU 21/2007).",
                    "Anak di bawah 18 tahun tidak bisa dianggap setuju untuk dieksploitasi "
                    "(Protokol Palermo).",
                    "Siapa saja bisa menjadi korban, termasuk laki-laki. Korban tidak bersalah "
                    "karena ditipu.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Heri Santosa, abstrak yang mengutip Pasal 1 angka 1 UU No. 21 Tahun 2007 "
                    "(123dok.com)",
                    "SBMI, “Ancaman pidana bagi pelaku TPPO”, tanpa tanggal (sbmi.or.id)",
                    "JDIH BPHN, abstrak UU No. 21 Tahun 2007 (dev-jdihn.bphn.go.id)",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                    "Perkumpulan Sahabat Insan, catatan pelatihan IOM “Identifikasi Korban "
                    "Trafficking”, Jakarta, Maret 2011",
                    "UN.GIFT, definisi perdagangan orang menurut Protokol Palermo (ungift.org)",
                    "EPJP, tulisan tentang Protokol Palermo (resolusi Majelis Umum PBB 55/25), "
                    "7 Juli 2016 (epjp.wordpress.com)",
                    "Kutipan tesis tentang penandatanganan Protokol Palermo oleh Indonesia, "
                    "12 Desember 2000 (text-id.123dok.com)",
                    "Departemen Luar Negeri Amerika Serikat, Trafficking in Persons Report 2022: "
                    "Indonesia (ecoi.net); laporan 2020, 2021, dan 2023 (ecoi.net, "
                    "statenewswire.com)",
                    "Pemkot Jakarta Barat, “OPD Pemkot Jakbar ikut pertemuan tim gugus tugas "
                    "TPPO”, 26 September 2024 (barat.jakarta.go.id)",
                    "Antara, “Pemprov DKI perkuat gugus tugas pencegahan TPPO”, 2024 "
                    "(antaranews.com)",
                    "Pemkot Jakarta Barat, sosialisasi penguatan Gugus Tugas TPPO, 6 Oktober 2022 "
                    "(barat.jakarta.go.id)",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023 "
                    "(antaranews.com)",
                    "IDN Times, data Simfoni PPA: 2.356 korban TPPO 2017–Oktober 2022, "
                    "10 Maret 2023",
                    "Sindonews, data korban TPPO dari Kemenko PMK, 15 Juli 2024 "
                    "(nasional.sindonews.com)",
                    "IDN Times, faktor pendorong TPPO menurut Kemenko PMK, 17 Januari 2024",
                ]
            },
        ),
    ],
}

LESSON_FAKE_JOBS = {
    "slug": "lowongan-palsu-dan-penipuan-daring",
    "title": "Lowongan Kerja Palsu dan Penipuan Daring",
    "intro": (
        "Iklan kerja bergaji besar di media sosial bisa menjadi pintu masuk perdagangan orang. "
        "Pelajaran ini membahas modus kompleks penipuan daring di luar negeri, data dari "
        "Kementerian Luar Negeri, dan tanda bahaya yang bisa Anda periksa sendiri."
    ),
    "estimated_minutes": 6,
    "body": [
        (
            "heading",
            {"text": "Dijanjikan kerja kantoran, berakhir di kompleks penipuan", "level": "h2"},
        ),
        (
            "paragraph",
            "<p>Beberapa tahun terakhir, banyak WNI berangkat ke luar negeri karena iklan "
            "lowongan di media sosial. Pekerjaannya terdengar ringan, misalnya layanan pelanggan "
            "(di iklan sering ditulis <i>customer service</i>) atau pemasaran. Gajinya "
            "dijanjikan 1.000 sampai 1.200 dolar Amerika per bulan. Kenyataannya, sebagian dari "
            "mereka dipekerjakan di kompleks <b>penipuan daring</b> (tempat orang dipekerjakan "
            "untuk menipu orang lain lewat internet).</p>"
            "<p>Kementerian Luar Negeri (Kemlu) menangani 3.703 WNI dalam kasus penipuan daring "
            "sejak 2020 sampai Maret 2024. Mereka berada di delapan negara: Kamboja (1.914 "
            "orang), Filipina (680), Thailand (364), Myanmar (332), Laos (305), Malaysia (68), "
            "Vietnam (36), dan Uni Emirat Arab (4). Sekitar 40 persen dinilai sebagai korban "
            "TPPO. Kemlu juga menyebut korban di daerah Myawaddy, Myanmar, paling sulit "
            "dijangkau karena daerah itu dikuasai kelompok bersenjata (Tempo, 4 Juli 2024).</p>"
            "<p>Kasus seperti ini masih terus terjadi. Pada Januari sampai September 2025, "
            "Kedutaan Besar "
            "Republik Indonesia (KBRI) di Phnom Penh, Kamboja, menangani 4.030 kasus WNI, naik 73 "
            "persen dibanding periode "
            "yang sama tahun sebelumnya. Sebanyak 3.323 kasus di antaranya terkait penipuan "
            "daring (Wahananews, 2025).</p>",
        ),
        ("heading", {"text": "Siapa yang disasar?", "level": "h3"}),
        (
            "paragraph",
            "<p>Menurut IOM dan Kemlu (2023), yang disasar adalah anak muda lulusan SMA dan "
            "perguruan tinggi yang sulit mendapat pekerjaan. Kemenko PMK (Januari 2024) "
            "menambahkan bahwa kelas menengah kini juga menjadi sasaran.</p>"
            "<p>Untuk menunjukkan cara kerja bujukan ini, IOM dan Kemlu meluncurkan film pendek "
            "<i>Through the Screen</i> pada 25 Juli 2023. Film ini bercerita tentang perekrutan "
            "ke tempat penipuan daring. Menontonnya bersama keluarga atau kelompok bisa menjadi "
            "bahan diskusi yang baik.</p>",
        ),
        ("heading", {"text": "Tanda bahaya pada lowongan kerja", "level": "h2"}),
        (
            "paragraph",
            "<p>Daftar berikut disusun dari tanda bahaya yang diumumkan Kementerian "
            "Ketenagakerjaan (Kemnaker, 2022), Kemlu (2022), dan Kementerian Pelindungan Pekerja "
            "Migran Indonesia (KP2MI, 2025). Satu tanda saja sudah cukup untuk berhenti dan "
            "memeriksa dulu.</p>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya",
                "flags": [
                    "Lowongan dipasang oleh akun media sosial pribadi, bukan oleh perusahaan "
                    "penempatan pekerja migran (P3MI) yang punya izin.",
                    "Syaratnya sangat ringan (tanpa ijazah, pengalaman, atau tes bahasa), tetapi "
                    "gajinya sangat tinggi.",
                    "Anda diminta membayar biaya pendaftaran atau biaya “administrasi” lebih dulu.",
                    "Anda diminta mengirim foto KTP, paspor, atau data pribadi lain sejak awal.",
                    "Semua biaya dijanjikan ditanggung: tiket, tempat tinggal, dan lainnya.",
                    "Anda disuruh berangkat dengan visa kunjungan, wisata, ziarah, atau umrah, "
                    "bukan visa kerja.",
                    "Tidak ada kontrak kerja, atau isi kontraknya tidak jelas.",
                    "Anda diminta mengisi data palsu saat proses keberangkatan.",
                    "Negara tujuannya Kamboja, Myanmar, atau Thailand. Menurut KP2MI (April 2025), "
                    "Indonesia tidak punya perjanjian penempatan pekerja dengan negara-negara itu.",
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Lowongan staf layanan pelanggan di luar negeri",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola kasus yang "
                    "dilaporkan Kemlu. Bukan kasus nyata.</i></p>"
                    "<p>Dimas (bukan nama sebenarnya), 23 tahun, lulusan SMK di Jakarta Utara. "
                    "Sudah setahun ia mencari kerja. Suatu malam ia melihat iklan di Facebook: "
                    "“Dicari staf layanan pelanggan di Kamboja. Gaji 1.100 dolar per bulan. Tanpa "
                    "pengalaman. Tiket dan mes ditanggung.” Dimas menghubungi nomor di iklan itu. "
                    "Perekrut meminta foto paspor dan KTP, lalu berkata Dimas cukup berangkat "
                    "dengan visa wisata. “Kontraknya nanti ditandatangani di sana,” katanya. Ia "
                    "juga meminta Dimas menjawab “liburan” jika ditanya petugas imigrasi.</p>"
                ),
                "question": (
                    "Tanda bahaya apa saja yang Anda lihat dalam tawaran ini? Apa yang sebaiknya "
                    "Dimas lakukan?"
                ),
                "explanation": (
                    "<p>Ada banyak tanda bahaya: iklan dari akun pribadi, syarat ringan dengan "
                    "gaji tinggi, semua biaya ditanggung, data pribadi diminta sejak awal, "
                    "berangkat dengan visa wisata (bukan visa kerja), tanpa kontrak kerja, dan "
                    "diminta memberi keterangan palsu. Kamboja juga tidak punya perjanjian "
                    "penempatan pekerja dengan Indonesia (KP2MI, 2025).</p>"
                    "<p>Dimas sebaiknya tidak mengirim dokumen dan tidak berangkat. Ia bisa "
                    "menanyakan tawaran ini ke KP2MI atau Dinas Tenaga Kerja. Orang yang membawa "
                    "WNI ke luar negeri untuk dieksploitasi dapat dijerat Pasal 4 UU 21/2007, "
                    "dengan ancaman penjara 3 sampai 15 tahun dan denda Rp120 juta sampai "
                    "Rp600 juta.</p>"
                ),
            },
        ),
        ("heading", {"text": "Anak dan remaja juga dibujuk lewat aplikasi", "level": "h2"}),
        (
            "paragraph",
            "<p>Bujukan lewat internet tidak hanya menyasar pencari kerja. Pada 2021, Polda Metro "
            "Jaya menemukan 18 anak perempuan di bawah umur yang ditawarkan lewat aplikasi MiChat "
            "dari sebuah hotel di Tamansari, Jakarta Barat (Viva, 25 Mei 2021). Komisi "
            "Perlindungan Anak Indonesia (KPAI) mencatat 234 anak korban TPPO dan eksploitasi "
            "pada Januari sampai April 2021. Dari 35 kasus yang ditangani KPAI, 60 persen terjadi "
            "lewat media sosial, dan MiChat paling sering dipakai (Kumparan, 19 November "
            "2022).</p>"
            "<p>Orang tua sebaiknya tahu aplikasi apa saja yang dipakai anaknya dan mengajak anak "
            "bercerita jika ada orang asing yang menawarkan uang, pekerjaan, atau hadiah.</p>",
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Lowongan kerja luar negeri di media sosial dengan syarat ringan dan gaji "
                    "tinggi adalah tanda bahaya utama.",
                    "Kemlu menangani 3.703 WNI dalam kasus penipuan daring sejak 2020 sampai Maret "
                    "2024; sekitar 40 persen dinilai korban TPPO (Tempo, 4 Juli 2024).",
                    "Bekerja di luar negeri harus memakai visa kerja dan kontrak kerja, bukan visa "
                    "wisata.",
                    "Jangan mengirim KTP, paspor, atau uang kepada perekrut yang belum Anda "
                    "periksa.",
                    "Anak dan remaja juga dibujuk lewat aplikasi pesan dan media sosial. Ajak anak "
                    "bercerita tentang orang yang mereka kenal di internet.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Tempo, “Kemlu catat 3.703 kasus online scam”, 4 Juli 2024 (metro.tempo.co)",
                    "Tribunnews, data Kemlu tentang 934 WNI dalam kasus penipuan daring dan "
                    "imbauan agar tidak mengisi data palsu, 7 Oktober 2022 (m.tribunnews.com)",
                    "Wahananews, data kasus yang ditangani KBRI Phnom Penh, 2025 (wahananews.co)",
                    "Mediamasakini, pernyataan Wakil Menteri P2MI tentang lowongan ke Thailand, "
                    "Myanmar, dan Kamboja, 10 April 2025 (mediamasakini.id)",
                    "Kompas, tanda bahaya lowongan kerja palsu menurut Kemnaker, 28 Agustus 2022 "
                    "(money.kompas.com)",
                    "IOM Indonesia, peluncuran film pendek “Through the Screen” bersama Kemlu, "
                    "25 Juli 2023 (indonesia.iom.int)",
                    "IDN Times, faktor pendorong TPPO menurut Kemenko PMK, 17 Januari 2024",
                    "Viva, anak di bawah umur ditawarkan lewat MiChat di Tamansari, Jakarta Barat, "
                    "25 Mei 2021",
                    "Kumparan, data KPAI tentang anak korban TPPO dan eksploitasi, 19 November 2022",
                    "SBMI, “Ancaman pidana bagi pelaku TPPO”, tanpa tanggal (sbmi.or.id)",
                ]
            },
        ),
    ],
}

LESSON_OTHER_LURES = {
    "slug": "magang-beasiswa-pengantin-pesanan-ginjal",
    "title": "Magang, Beasiswa, Pengantin Pesanan, dan Jual-Beli Ginjal",
    "intro": (
        "Pelaku tidak selalu menawarkan pekerjaan. Kadang yang ditawarkan adalah magang, "
        "beasiswa, suami kaya, atau uang cepat dari menjual ginjal. Pelajaran ini membahas tiga "
        "kasus yang diberitakan dan tanda bahayanya."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Modus yang perlu diwaspadai", "level": "h2"}),
        (
            "paragraph",
            "<p>Pada 2023, Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA) "
            "menyebut beberapa modus baru: tawaran magang, beasiswa, jual-beli organ tubuh, serta "
            "penipuan dan judi daring (IDN Times, 31 Juli 2023). Kemenko PMK (Januari 2024) juga "
            "menyebut modus lewat pekerjaan anak buah kapal (ABK), perkawinan dengan warga asing, "
            "kawin kontrak (pernikahan sementara dengan bayaran), kerja ilegal, dan praktik kerja "
            "lapangan (PKL).</p>",
        ),
        ("heading", {"text": "“Magang” ke Jerman yang ternyata kerja kasar", "level": "h2"}),
        (
            "paragraph",
            "<p>Pada Oktober sampai Desember 2023, sekitar 1.047 mahasiswa dari 33 perguruan "
            "tinggi (belakangan disebut 41) berangkat ke Jerman lewat program <i>ferienjob</i> "
            "yang dipromosikan sebagai “magang”. Di sana mereka melakukan pekerjaan kasar, "
            "sebagian harus menanggung utang. Mereka berangkat dengan jenis visa yang mirip visa "
            "wisata, dan ada data yang diubah.</p>"
            "<p>Kementerian Pendidikan (Kemendikbudristek) menyatakan program ini tidak pernah "
            "menjadi bagian dari Merdeka "
            "Belajar Kampus Merdeka (MBKM) dan meminta kampus menghentikannya. Polisi menetapkan "
            "lima tersangka (Okezone, 24 Maret 2024; Tribun Jambi, 29 Maret 2024).</p>"
            "<p>Perlu diingat: menurut Pasal 4 ayat (2) UU No. 18 Tahun 2017, pelajar dan peserta "
            "pelatihan di luar negeri <b>tidak</b> termasuk Pekerja Migran Indonesia (PMI). "
            "Artinya, mereka berada di luar perlindungan yang diatur undang-undang itu untuk "
            "pekerja migran.</p>",
        ),
        ("heading", {"text": "Pengantin pesanan: dijanjikan suami kaya", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Pengantin pesanan</b> adalah perkawinan yang diatur oleh perantara demi "
            "bayaran. Menurut KBRI Beijing (April 2024), perempuan Indonesia dibujuk menikah "
            "dengan pria di Tiongkok. Ada iming-iming mahar sekitar Rp20 juta dan janji suami "
            "yang kaya. Kenyataannya, banyak suami adalah buruh di desa, dan paspor korban "
            "dipegang suami. Korban paling banyak berasal dari Kalimantan Barat (Singkawang, "
            "Mempawah, Sambas), tetapi modus ini sudah menyebar ke Jakarta, Banten, dan Jawa "
            "Barat (Republika dan Detik, 29 April 2024).</p>"
            "<p>UU No. 12 Tahun 2022 tentang Tindak Pidana Kekerasan Seksual (TPKS), yang "
            "ditandatangani pada 9 Mei 2022, memasukkan <b>pemaksaan perkawinan</b>, eksploitasi "
            "seksual, dan perbudakan seksual ke dalam sembilan tindak pidana kekerasan seksual "
            "(Pasal 4 ayat (1)).</p>",
        ),
        ("heading", {"text": "Jual-beli ginjal: uang cepat yang mahal harganya", "level": "h2"}),
        (
            "paragraph",
            "<p>Pada Juli 2023 diberitakan bahwa polisi mengungkap jaringan jual-beli ginjal yang "
            "berpusat di Bekasi. Jaringan ini mengirim 122 orang ke sebuah rumah sakit di Phnom "
            "Penh, Kamboja, untuk diambil ginjalnya. Korban direkrut lewat grup Facebook bernama "
            "“Donor Ginjal”. Banyak di antara mereka kehilangan pekerjaan saat pandemi COVID-19. "
            "Korban dibayar Rp135 juta dari nilai Rp200 juta (Tempo, 21 Juli 2023).</p>"
            "<p>Para pelaku dijerat Pasal 2 dan Pasal 4 UU 21/2007. Seorang petugas imigrasi "
            "dijerat Pasal 8, yaitu pejabat negara yang menyalahgunakan kekuasaannya; hukumannya "
            "ditambah sepertiga. Seorang anggota polisi dijerat Pasal 22 karena menghalangi "
            "penyidikan (Riau Pos, 22 Juli 2023). Menurut Protokol Palermo PBB, pengambilan organ "
            "tubuh termasuk bentuk eksploitasi.</p>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya",
                "flags": [
                    "Program “magang” berlangsung di luar jadwal kuliah dan bukan program resmi "
                    "kampus Anda.",
                    "Pekerjaan yang ditawarkan dalam “magang” ternyata kerja kasar, bukan belajar "
                    "sesuai jurusan.",
                    "Anda diminta berangkat dengan visa yang tidak sesuai dengan kegiatan di "
                    "sana, atau diminta mengubah data.",
                    "Ada perantara yang menjodohkan Anda dengan orang asing dan menjanjikan mahar "
                    "atau suami kaya.",
                    "Suami, keluarganya, atau perantara ingin memegang paspor Anda.",
                    "Ada grup media sosial atau orang yang menawarkan uang besar untuk “donor” "
                    "ginjal.",
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Tawaran menikah dengan “pengusaha” dari luar negeri",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola yang "
                    "dilaporkan KBRI Beijing. Bukan kasus nyata.</i></p>"
                    "<p>Yuni (bukan nama sebenarnya), 19 tahun, tinggal di Jakarta Barat bersama "
                    "ibunya yang sedang sakit. Seorang perantara datang ke rumah. Ia menawarkan "
                    "perjodohan dengan pria dari Tiongkok yang katanya pengusaha kaya. Keluarga "
                    "dijanjikan mahar Rp20 juta, dan semua biaya menikah serta tiket ditanggung. "
                    "“Nanti kamu bisa kirim uang untuk ibumu tiap bulan,” kata perantara. Ia juga "
                    "bilang paspor Yuni sebaiknya dipegang calon suami “supaya aman”.</p>"
                ),
                "question": (
                    "Tanda bahaya apa yang Anda lihat? Apa yang bisa dilakukan Yuni dan "
                    "keluarganya?"
                ),
                "explanation": (
                    "<p>Tanda bahayanya: perkawinan diatur perantara dengan imbalan uang, janji "
                    "suami kaya yang tidak bisa diperiksa, semua biaya ditanggung, dan paspor akan "
                    "dipegang orang lain. Perantara juga memanfaatkan posisi rentan keluarga "
                    "(ibu sakit, butuh uang). Pola ini sama dengan yang dilaporkan KBRI Beijing "
                    "pada 2024.</p>"
                    "<p>Jika Yuni dibawa ke luar negeri untuk dieksploitasi, pelakunya dapat "
                    "dijerat Pasal 4 UU 21/2007. Jika perkawinannya dipaksakan, itu juga tindak "
                    "pidana menurut Pasal 4 ayat (1) UU 12/2022 tentang TPKS. Yuni dan keluarganya "
                    "sebaiknya tidak menyerahkan dokumen apa pun, membicarakannya dengan orang "
                    "yang "
                    "mereka percaya, lalu bertanya ke SAPA 129.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Tanyakan ke bagian akademik kampus apakah sebuah program magang ke luar "
                    "negeri memang program resmi. Ferienjob (2023) bukan bagian dari MBKM.",
                    "Pelajar dan peserta pelatihan di luar negeri bukan PMI menurut UU 18/2017, "
                    "sehingga tidak mendapat perlindungan sebagai pekerja migran.",
                    "Perjodohan dengan imbalan uang dan janji suami kaya di luar negeri adalah "
                    "pola "
                    "pengantin pesanan (KBRI Beijing, 2024).",
                    "Menjual ginjal lewat perantara bisa termasuk perdagangan orang. Pelakunya, "
                    "termasuk petugas negara, dapat dipidana.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "IDN Times, data KemenPPPA tentang korban TPPO dan modus baru, 31 Juli 2023",
                    "IDN Times, faktor dan modus TPPO menurut Kemenko PMK, 17 Januari 2024",
                    "Kasus ferienjob: Okezone, 24 Maret 2024; Balipost, 27 Maret 2024; Tribun "
                    "Jambi, 29 Maret 2024; Sumeks, tentang surat Ditjen Dikti "
                    "1032/E.E2/DT.00.05/2023",
                    "Teks UU No. 18 Tahun 2017, Pasal 4 (ngada.org)",
                    "KBRI Beijing tentang pengantin pesanan, dalam Republika dan Detik, "
                    "29 April 2024",
                    "Lintasbarometer, pokok-pokok UU TPKS, Mei 2022 (lintasbarometer.com)",
                    "Kasus jual-beli ginjal: Arrahmah, 20 Juli 2023; Tempo, 21 Juli 2023 "
                    "(metro.tempo.co)",
                    "Riau Pos, pasal yang dikenakan dalam kasus ginjal, 22 Juli 2023 "
                    "(iklan.riaupos.co)",
                    "UN.GIFT, definisi perdagangan orang menurut Protokol Palermo (ungift.org)",
                ]
            },
        ),
    ],
}

LESSON_CHECK_FIRST = {
    "slug": "cek-dulu-tawaran-kerja-dan-agen",
    "title": "Cek Dulu: Memeriksa Tawaran Kerja dan Agen",
    "intro": (
        "Bekerja di luar negeri adalah hak setiap warga, asalkan lewat jalur resmi. Pelajaran "
        "ini menjelaskan cara memeriksa agen penyalur, dokumen yang wajib ada, dan hak Anda "
        "sebagai calon pekerja migran menurut UU No. 18 Tahun 2017."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Jalur tidak resmi sangat berbahaya", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Pekerja Migran Indonesia (PMI)</b> adalah WNI yang bekerja di luar negeri dan "
            "menerima upah. PMI yang berangkat di luar jalur resmi disebut <b>PMI "
            "nonprosedural</b>.</p>"
            "<p>Satgas TPPO Polri (satuan tugas khusus kepolisian) mencatat, dari 5 Juni sampai 4 "
            "September 2023, modus yang paling "
            "sering ditemukan adalah janji kerja sebagai PMI atau pekerja rumah tangga, dengan "
            "515 korban (RMOL, 6 September 2023). Pada 2023, Kepala Badan Pelindungan Pekerja "
            "Migran Indonesia (BP2MI) menyebut 1.937 pekerja migran nonprosedural meninggal dalam "
            "tiga tahun (Channel9, Agustus 2023).</p>"
            "<p>Di Jakarta, tempat penampungan calon pekerja yang tidak resmi juga ditemukan. "
            "Dalam enam bulan pada 2024, petugas tiga kali menggerebek perekrut palsu yang "
            "menampung calon pekerja di Apartemen Kalibata City, Jakarta Selatan (Antara, "
            "2024).</p>",
        ),
        ("heading", {"text": "Jalur resmi menurut UU 18/2017", "level": "h2"}),
        (
            "paragraph",
            "<p>UU No. 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia dibuat antara "
            "lain untuk melindungi PMI dari perdagangan orang, perbudakan, dan kerja paksa. Ada "
            "dua jalur resmi: lewat perusahaan penempatan swasta yang berizin, atau lewat jalur "
            "pemerintah melalui SIAPkerja (Kemnaker) dan SISKOP2MI (Antara, 2024). Jalur resmi ini "
            "banyak dipakai: pada Januari sampai Juli 2024, sebanyak 169.077 PMI berangkat lewat "
            "jalur resmi (BP2MI melalui Antara, 2024).</p>"
            "<h3>Syarat menjadi PMI (Pasal 5)</h3>"
            "<ul><li>berusia paling rendah 18 tahun;</li><li>punya keterampilan yang dibutuhkan "
            "(kompeten);</li><li>sehat;</li><li>terdaftar dalam jaminan sosial;</li><li>dokumennya "
            "lengkap.</li></ul>"
            "<h3>Dokumen yang wajib ada (Pasal 13)</h3>"
            "<ul><li>surat keterangan status perkawinan;</li><li>surat izin suami atau istri, "
            "orang tua, atau wali, yang diketahui lurah atau kepala desa;</li><li>sertifikat "
            "kompetensi kerja;</li><li>surat keterangan sehat dan hasil pemeriksaan "
            "psikologi;</li><li>paspor;</li><li><b>visa kerja</b>;</li><li>perjanjian "
            "penempatan;</li><li><b>perjanjian kerja</b> (kontrak kerja).</li></ul>"
            "<h3>Isi kontrak kerja (Pasal 15)</h3>"
            "<p>Kontrak kerja harus menyebut nama pemberi kerja, jenis pekerjaan, hak dan "
            "kewajiban, jam kerja, upah dan cara pembayarannya, cuti, jaminan sosial atau "
            "asuransi, lama kontrak, dan jaminan keselamatan. Jika ada yang kosong, jangan tanda "
            "tangan dulu.</p>",
        ),
        ("heading", {"text": "Anda tidak boleh dibebani biaya penempatan", "level": "h3"}),
        (
            "paragraph",
            "<p>Pasal 30 ayat (1) UU 18/2017 menyatakan PMI tidak boleh dibebani biaya "
            "penempatan. Membebankan kepada pekerja biaya yang sudah ditanggung pemberi kerja "
            "diancam penjara paling lama 5 tahun dan denda paling banyak Rp15 miliar (Pasal 86 "
            "bersama Pasal 72 huruf a). Orang perseorangan, yaitu orang biasa dan bukan perusahaan "
            "berizin, yang menempatkan PMI diancam penjara paling lama 10 tahun dan denda paling "
            "banyak Rp15 miliar (Pasal 81).</p>",
        ),
        ("heading", {"text": "Langkah memeriksa tawaran", "level": "h2"}),
        (
            "paragraph",
            "<ol>"
            "<li><b>Periksa izin agen.</b> Perusahaan penempatan pekerja migran yang resmi (P3MI) "
            "wajib punya izin bernama SIP3MI dari Kementerian P2MI. Izin ini bisa diperiksa di "
            "portal SISKOP2MI. Pastikan Anda membuka situs pemerintah yang resmi.</li>"
            "<li><b>Datangi kantornya.</b> Jangan hanya berhubungan lewat telepon atau media "
            "sosial. Kunjungi kantor P3MI secara langsung.</li>"
            "<li><b>Tanyakan ke instansi.</b> Tanyakan ke Dinas Tenaga Kerja (Disnaker), Balai "
            "Pelindungan Pekerja Migran Indonesia (BP3MI), atau KP2MI. Nomor KP2MI ada di halaman "
            "Bantuan &amp; Lapor.</li>"
            "<li><b>Cocokkan dokumen.</b> Bandingkan tawaran dengan syarat dan dokumen di atas. "
            "Tanpa visa kerja dan kontrak kerja, jangan berangkat.</li>"
            "<li><b>Pastikan terdaftar di SISKOP2MI.</b> Menurut BP3MI Sulawesi Tengah (Januari "
            "2026), pekerja yang tidak terdaftar di SISKOP2MI bisa tidak mendapat perlindungan "
            "negara, jaminan sosial, dan bantuan saat di luar negeri.</li>"
            "<li><b>Lapor diri</b>, yaitu memberi tahu KBRI atau KJRI bahwa Anda ada di negara "
            "itu. Kemlu (2018) menganjurkannya lewat aplikasi Safe Travel atau situs "
            "peduliwni.kemlu.go.id bagi yang tinggal lebih dari 6 bulan.</li>"
            "</ol>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya",
                "flags": [
                    "Calon pekerja ditampung di rumah atau unit apartemen oleh perekrut yang tidak "
                    "bisa menunjukkan izin, seperti yang ditemukan di Kalibata City (2024).",
                    "Anda ditawari berangkat lewat “pihak ketiga” tanpa visa kerja dan kontrak "
                    "kerja resmi.",
                    "Anda dimintai uang untuk “biaya proses” atau biaya penempatan.",
                ],
            },
        ),
        ("heading", {"text": "Tiga kunci migrasi aman", "level": "h3"}),
        (
            "paragraph",
            "<p>Kampanye MTV EXIT Indonesia (2012) merangkum <b>migrasi aman</b> (pergi ke luar "
            "negeri lewat jalur resmi) dalam tiga pesan:</p>"
            "<ol><li><b>Jangan buru-buru.</b> Tanyakan dan diskusikan tawaran itu dengan tiga "
            "orang.</li><li><b>Jangan mudah percaya.</b> Kebanyakan korban kenal dengan orang "
            "yang merekrutnya.</li><li><b>Jangan serahkan</b> HP, KTP, paspor, atau uang kepada "
            "siapa pun.</li></ol>",
        ),
        (
            "scenario",
            {
                "title": "Sponsor yang sudah dikenal baik",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola yang "
                    "dilaporkan KJRI Johor Bahru dan Antara. Bukan kasus nyata.</i></p>"
                    "<p>Bu Ratna (bukan nama sebenarnya), 35 tahun, seorang ibu tunggal dengan dua "
                    "anak di Jakarta Timur. Seorang sponsor (perantara yang mencari calon "
                    "pekerja), kenalan lama keluarganya, menawarinya "
                    "kerja sebagai pekerja rumah tangga di Malaysia. “Tidak usah repot urus "
                    "kontrak. Lewat jalur cepat saja, cukup visa kunjungan,” katanya. Bu Ratna "
                    "diminta membayar “biaya proses” beberapa juta rupiah. Sambil menunggu "
                    "berangkat, ia diminta tinggal di sebuah unit apartemen bersama calon pekerja "
                    "lain. Paspornya dipegang sponsor.</p>"
                ),
                "question": (
                    "Apa saja yang tidak sesuai dengan aturan penempatan PMI? Apa yang bisa Bu "
                    "Ratna lakukan?"
                ),
                "explanation": (
                    "<p>Tanda bahayanya: tanpa kontrak kerja dan visa kerja (keduanya wajib "
                    "menurut "
                    "Pasal 13 UU 18/2017), dimintai biaya (dilarang Pasal 30 ayat (1)), "
                    "ditempatkan "
                    "oleh orang perseorangan, bukan P3MI berizin (diancam pidana menurut Pasal "
                    "81), ditampung di tempat tidak resmi, dan paspor dipegang orang lain. KJRI "
                    "Johor Bahru (2025) juga mengingatkan tawaran berangkat lewat “pihak ketiga” "
                    "tanpa visa dan kontrak kerja resmi.</p>"
                    "<p>Bu Ratna bisa memeriksa sponsor dan agennya ke Disnaker atau KP2MI. Jika "
                    "ia atau calon pekerja lain tidak boleh pergi, ia bisa melapor ke polisi di "
                    "110. Rasa percaya kepada kenalan tidak bisa menggantikan pemeriksaan.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Berangkat kerja ke luar negeri harus lewat P3MI berizin (punya SIP3MI) atau "
                    "jalur pemerintah, dan terdaftar di SISKOP2MI.",
                    "Tanpa visa kerja dan kontrak kerja, jangan berangkat (Pasal 13 UU 18/2017).",
                    "PMI tidak boleh dibebani biaya penempatan (Pasal 30 ayat (1) UU 18/2017).",
                    "Jangan buru-buru, diskusikan dengan tiga orang, dan jangan serahkan HP, KTP, "
                    "paspor, atau uang kepada siapa pun.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Satgas TPPO Polri, data 5 Juni–4 September 2023, dalam RMOL, 6 September 2023",
                    "Channel9, Perpres 49/2023 dan pernyataan Kepala BP2MI, Agustus 2023 "
                    "(channel9.id)",
                    "Antara, anggota DPRD minta DKI aktifkan lagi gugus tugas; penggerebekan di "
                    "Kalibata City, 2024 (antaranews.com)",
                    "Wikisource, UU No. 18 Tahun 2017, halaman utama dan halaman 8 (Pasal 12–16) "
                    "(id.wikisource.org)",
                    "Kompas, syarat menjadi PMI, 7 Maret 2022 (money.kompas.com)",
                    "Aspataki, Pasal 30, 72, dan 86 UU 18/2017, 17 Mei 2020 (aspataki.com)",
                    "SBMI, “Mengenal UU PPMI (14)”, Pasal 79–83 (sbmi.or.id); Suara.com, "
                    "7 November 2017",
                    "Antara, cara mendaftar menjadi PMI resmi dan data penempatan Januari–Juli "
                    "2024, 2024 (antaranews.com)",
                    "Jabarnews, izin SIP3MI dan SISKOP2MI menurut Disnakertrans Cianjur, 2025",
                    "kp2mi.go.id, BP3MI Sulawesi Tengah tentang pendaftaran di SISKOP2MI, "
                    "9 Januari 2026",
                    "Kabarnusantara, BP2MI tentang pemeriksaan agen penyalur, 18 Maret 2023",
                    "Tribunnews, imbauan Kemlu, 7 Oktober 2022 (m.tribunnews.com)",
                    "Kemlu tentang Safe Travel dan lapor diri: Suara, 14 April 2018; Tempo, "
                    "24 Mei 2018 (peduliwni.kemlu.go.id)",
                    "Pantau, imbauan KJRI Johor Bahru, 2025",
                    "MTV EXIT Indonesia, pesan kunci iklan layanan masyarakat, 28 Juli 2012 "
                    "(bandungcreativecityforum.wordpress.com)",
                ]
            },
        ),
    ],
}

LESSON_DEBT_AND_DOCUMENTS = {
    "slug": "jeratan-utang-dan-penahanan-dokumen",
    "title": "Jeratan Utang, Dokumen Ditahan, dan Tanda Seseorang Menjadi Korban",
    "intro": (
        "Pelaku jarang mengikat korban dengan tali atau rantai. Yang lebih sering dipakai adalah "
        "utang, ancaman, dan dokumen yang ditahan. Pelajaran ini membahas tanda kerja paksa, cara "
        "mengenali orang yang mungkin menjadi korban, dan cara menolong dengan aman."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Bagaimana pelaku mengendalikan korban", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Kerja paksa</b> adalah pekerjaan yang dilakukan di bawah ancaman, bukan atas "
            "kemauan sendiri. Organisasi Perburuhan Internasional (ILO) pada 2012 menerbitkan "
            "11 indikator (tanda) kerja paksa:</p>"
            "<ol><li>memanfaatkan keadaan sulit korban (posisi rentan);</li><li>penipuan;</li>"
            "<li>kebebasan bergerak dibatasi;</li><li>dijauhkan dari orang lain;</li>"
            "<li>kekerasan fisik dan seksual;</li><li>intimidasi dan ancaman;</li>"
            "<li>dokumen identitas ditahan;</li><li>upah ditahan;</li>"
            "<li><b>jeratan utang</b> (utang dipakai untuk memaksa orang terus bekerja);</li>"
            "<li>kondisi kerja dan tempat tinggal yang buruk;</li><li>lembur yang berlebihan.</li>"
            "</ol>"
            "<p>Satu tanda saja bisa sudah cukup. Sering kali beberapa tanda muncul "
            "bersamaan.</p>"
            "<h3>Jeratan utang</h3>"
            "<p>Polanya bisa seperti ini: di awal semua biaya “ditanggung”, misalnya tiket, tempat "
            "tinggal, dan makan. Setelah korban tiba, biaya itu berubah menjadi utang yang harus "
            "dilunasi dengan bekerja, dan utangnya tidak pernah habis. Penjeratan utang termasuk "
            "salah satu “cara” dalam Pasal 1 angka 1 UU 21/2007. Mahasiswa dalam kasus ferienjob "
            "(2023) juga dilaporkan menanggung utang.</p>"
            "<h3>Dokumen ditahan</h3>"
            "<p>Paspor dan KTP adalah milik Anda. Tanpa paspor, seseorang sulit pergi atau "
            "pulang. Dalam kasus pengantin pesanan, KBRI Beijing (2024) melaporkan paspor korban "
            "dipegang suami. Pesan kampanye MTV EXIT Indonesia (2012) jelas: jangan serahkan HP, "
            "KTP, paspor, atau uang kepada siapa pun.</p>",
        ),
        ("heading", {"text": "Tanda seseorang mungkin menjadi korban", "level": "h2"}),
        (
            "paragraph",
            "<p>Daftar berikut berasal dari Departemen Luar Negeri Amerika Serikat (diberitakan "
            "10News, 1 Agustus 2024). Daftar ini berguna bagi pengurus RT/RW, pemilik kos, petugas "
            "hotel dan apartemen, serta tetangga.</p>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya",
                "flags": [
                    "Ia tinggal di tempat majikan, atau tempat tinggalnya buruk dan sangat padat.",
                    "Ia tidak pernah bisa bicara sendirian; selalu ada orang lain yang ikut atau "
                    "menjawab untuknya.",
                    "Jawabannya terdengar seperti hafalan.",
                    "Majikan atau orang lain memegang KTP atau paspornya.",
                    "Ada tanda-tanda kekerasan di tubuhnya.",
                    "Ia tampak takut atau sangat menurut.",
                    "Ia tidak dibayar, atau dibayar sangat rendah.",
                    "Ada anak di bawah 18 tahun yang dilacurkan.",
                ],
            },
        ),
        ("heading", {"text": "Pertanyaan yang bisa diajukan, hanya jika aman", "level": "h3"}),
        (
            "paragraph",
            "<p>Jika Anda bisa bicara berdua dengannya di tempat yang aman dan tertutup, beberapa "
            "pertanyaan ini bisa membantu (Departemen Luar Negeri Amerika Serikat, 2024):</p>"
            "<ul><li>Apakah Anda bisa berhenti dari pekerjaan ini kalau mau?</li>"
            "<li>Apakah Anda bebas keluar dan masuk?</li>"
            "<li>Apakah Anda atau keluarga Anda pernah diancam?</li>"
            "<li>Di mana Anda tidur dan makan?</li>"
            "<li>Apakah Anda punya utang kepada majikan?</li>"
            "<li>Siapa yang memegang paspor atau KTP Anda?</li></ul>",
        ),
        ("heading", {"text": "Menolong dengan aman", "level": "h2"}),
        (
            "paragraph",
            "<p>Jangan menghadapi sendiri orang yang Anda curigai sebagai pelaku, dan jangan "
            "mencoba menyelamatkan korban sendirian. Itu bisa membahayakan Anda dan korban. "
            "Catat apa yang Anda lihat, lalu laporkan.</p>"
            "<p>Pengurus RT/RW punya peran penting. Pada 2023, RT/RW di Jakarta Timur diminta "
            "memantau pendatang baru dalam 2×24 jam sebagai langkah pencegahan (Antara, 2023). "
            "Pada tahun yang sama, Pemkot Jakarta Barat menyiagakan enam posko pelaporan TPPO "
            "(Antara, 2023).</p>"
            "<p>Korban tidak perlu takut melapor. UU 21/2007 memberi beberapa perlindungan:</p>"
            "<ul><li>identitas korban dan saksi wajib dirahasiakan, dan perlindungan ini bisa "
            "meluas ke keluarga sampai derajat kedua jika mereka diancam (Pasal 44);</li>"
            "<li>saksi dan korban dilindungi sesuai UU 13/2006, melalui Lembaga Perlindungan "
            "Saksi dan Korban atau LPSK (Pasal 43);</li>"
            "<li>setiap provinsi dan kabupaten/kota wajib punya ruang pelayanan khusus di kantor "
            "polisi untuk memeriksa korban (Pasal 45);</li>"
            "<li>anak diperiksa dengan didampingi orang tua, wali, atau pendamping, tanpa "
            "kehadiran terdakwa (Pasal 39–40);</li>"
            "<li>korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana "
            "(Pasal 18).</li></ul>"
            "<p>Korban juga bisa meminta <b>restitusi</b>, yaitu ganti rugi yang wajib dibayar "
            "pelaku kepada korban. Prosesnya melibatkan LPSK, jaksa, dan pengadilan.</p>",
        ),
        (
            "scenario",
            {
                "title": "Rumah kontrakan yang selalu tertutup",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari tanda-tanda yang "
                    "diterbitkan Departemen Luar Negeri Amerika Serikat dan pola yang dilaporkan "
                    "di Jakarta. Bukan kasus nyata.</i></p>"
                    "<p>Pak Hasan (bukan nama sebenarnya) adalah ketua RT di Jakarta Barat. "
                    "Sebulan lalu, sebuah rumah kontrakan di wilayahnya diisi enam perempuan muda. "
                    "Mereka tidak pernah lapor ke RT. Mereka hanya keluar rumah bersama seorang "
                    "pria, dan pria itu selalu menjawab jika warga menyapa. Seorang tetangga "
                    "mendengar salah satu perempuan menangis dan berkata ingin pulang, tetapi "
                    "“utangnya belum lunas”. Pada malam hari, tamu laki-laki sering datang silih "
                    "berganti.</p>"
                ),
                "question": (
                    "Tanda apa saja yang dilihat Pak Hasan? Apa langkah yang aman untuknya?"
                ),
                "explanation": (
                    "<p>Ada beberapa tanda: para perempuan tidak pernah bicara sendirian, orang "
                    "lain menjawab untuk mereka, mereka tidak bebas keluar, ada utang yang "
                    "mengikat, dan ada yang ingin pulang tetapi tidak bisa. Ini sesuai dengan "
                    "indikator ILO (jeratan utang, kebebasan bergerak dibatasi, dijauhkan dari "
                    "orang lain) dan daftar tanda dari Departemen Luar Negeri Amerika Serikat.</p>"
                    "<p>Pak Hasan sebaiknya <b>tidak</b> mendatangi atau menegur pria itu sendiri. "
                    "Ia bisa mencatat fakta (tanggal, jumlah orang, ciri pria itu dan "
                    "kendaraannya), lalu melapor ke polisi di 110 atau ke SAPA 129. Jika terbukti, "
                    "pelaku dapat dijerat Pasal 2 ayat (1) UU 21/2007. Identitas korban dan saksi "
                    "wajib dirahasiakan (Pasal 44).</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Jeratan utang, dokumen yang ditahan, dan kebebasan bergerak yang dibatasi "
                    "adalah tanda kerja paksa menurut ILO (2012).",
                    "Jangan serahkan paspor atau KTP asli kepada agen, majikan, atau siapa pun.",
                    "Jika curiga, jangan menghadapi pelaku sendiri. Catat fakta, lalu laporkan.",
                    "Identitas korban dan saksi wajib dirahasiakan (Pasal 44 UU 21/2007), dan "
                    "korban bisa mendapat perlindungan LPSK.",
                    "Korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana (Pasal 18 "
                    "UU 21/2007).",
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
                    "KBRI Beijing tentang pengantin pesanan, dalam Republika dan Detik, "
                    "29 April 2024",
                    "Kasus ferienjob: Okezone, 24 Maret 2024; Tribun Jambi, 29 Maret 2024",
                    "MTV EXIT Indonesia, pesan kunci iklan layanan masyarakat, 28 Juli 2012 "
                    "(bandungcreativecityforum.wordpress.com)",
                    "Antara, RT/RW di Jakarta Timur memantau pendatang baru, 2023 (antaranews.com)",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023 "
                    "(antaranews.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 39–45, “Perlindungan saksi dan korban” "
                    "(text-id.123dok.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                    "Heri Santosa, abstrak yang mengutip Pasal 1 angka 1 UU No. 21 Tahun 2007 "
                    "(123dok.com)",
                    "Abstrak jurnal tentang restitusi bagi korban TPPO, 2025 "
                    "(garuda.kemdiktisaintek.go.id)",
                ]
            },
        ),
    ],
}

COURSE = {
    "slug": "waspada-modus-perekrutan",
    "title": "Waspada Modus Perekrutan",
    "summary": (
        "Kursus singkat untuk mengenali bujukan pelaku perdagangan orang (TPPO): lowongan kerja "
        "palsu, penipuan daring di luar negeri, magang dan beasiswa palsu, pengantin pesanan, dan "
        "jual-beli ginjal. Anda belajar tanda bahaya, cara memeriksa tawaran kerja dan agen, "
        "serta ke mana melapor. Isinya ditulis dari sumber terbuka yang dicantumkan di setiap "
        "pelajaran."
    ),
    "audience": (
        "Pencari kerja, pelajar dan mahasiswa, orang tua, pengurus RT/RW, dan siapa saja yang "
        "ingin melindungi keluarga dan tetangganya"
    ),
    "estimated_minutes": 30,
    "objectives": [
        "Menjelaskan tiga unsur perdagangan orang (proses, cara, tujuan) menurut UU No. 21 Tahun "
        "2007.",
        "Mengenali tanda bahaya pada lowongan kerja, tawaran magang, beasiswa, dan perjodohan yang "
        "mencurigakan.",
        "Memeriksa tawaran kerja ke luar negeri dan agen penyalurnya sebelum berangkat.",
        "Mengenali tanda seseorang mungkin menjadi korban, seperti jeratan utang dan dokumen yang "
        "ditahan.",
        "Menentukan ke mana melapor dan apa yang perlu dicatat, tanpa membahayakan diri sendiri "
        "atau korban.",
    ],
    "lessons": [
        LESSON_WHAT_IS_TPPO,
        LESSON_FAKE_JOBS,
        LESSON_OTHER_LURES,
        LESSON_CHECK_FIRST,
        LESSON_DEBT_AND_DOCUMENTS,
    ],
}
