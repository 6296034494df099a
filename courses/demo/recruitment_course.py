"""Demo course "Waspada Modus Perekrutan": recruitment lures used in human trafficking (TPPO).

Written in Indonesian from the verified ([V]) items of shared/content/fact-brief.md only. Every
figure names its year and source; every lesson ends with the sources it used. Scenario cards and
quiz stories are illustrations with pseudonyms, built from reported patterns, never presented as
real cases. The definition of TPPO (proses, cara, tujuan) is taught in the course "Kenali TPPO";
this course only recalls it in two sentences.

The pre-test and the final test are parallel forms: question N of one tests the same learning
point as question N of the other, with the same question type and a different story, so that
knowledge gain can be computed per item.
"""

HELP_TEXT = (
    "Curiga ada tawaran atau kejadian seperti ini? Lihat halaman Bantuan & Lapor untuk tahu ke "
    "mana melapor."
)

LESSON_FAKE_JOBS = {
    "slug": "lowongan-palsu-dan-penipuan-daring",
    "title": "Lowongan Kerja Palsu dan Penipuan Daring",
    "intro": (
        "Iklan kerja bergaji besar di media sosial bisa menjadi pintu masuk perdagangan orang. "
        "Pelajaran ini membahas lowongan palsu, kompleks penipuan daring di luar negeri, dan "
        "tanda bahaya yang bisa Anda periksa sendiri."
    ),
    "estimated_minutes": 7,
    "body": [
        ("heading", {"text": "Pengingat singkat: apa itu TPPO?", "level": "h2"}),
        (
            "paragraph",
            "<p><b>TPPO</b> (tindak pidana perdagangan orang) terjadi ketika seseorang direkrut, "
            "dibawa, atau ditampung dengan cara menipu, memaksa, atau menjerat utang, untuk "
            "<b>dieksploitasi</b>, yaitu dimanfaatkan demi keuntungan orang lain (Pasal 1 angka 1 "
            "UU No. 21 Tahun 2007). Penjelasan lengkapnya ada di kursus “Kenali TPPO”; kursus ini "
            "membahas bujukan yang dipakai pelaku untuk merekrut korban.</p>",
        ),
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
            "Kedutaan Besar Republik Indonesia (KBRI) di Phnom Penh, Kamboja, menangani 4.030 "
            "kasus WNI, naik 73 persen dibanding periode yang sama tahun sebelumnya. Sebanyak "
            "3.323 kasus di antaranya terkait penipuan daring (Wahananews, 2025).</p>",
        ),
        ("heading", {"text": "Siapa yang disasar?", "level": "h3"}),
        (
            "paragraph",
            "<p>Menurut IOM (Organisasi Internasional untuk Migrasi) dan Kemlu (2023), yang "
            "disasar adalah anak muda lulusan SMA dan perguruan tinggi yang sulit mendapat "
            "pekerjaan. Kemenko PMK (Januari 2024) menambahkan bahwa kelas menengah kini juga "
            "menjadi sasaran. Laki-laki pun bisa menjadi korban: data Bareskrim Polri untuk "
            "Januari sampai Juli 2024 mencatat lebih banyak korban laki-laki (396 orang) daripada "
            "perempuan (302 orang) (Kemenko PMK melalui Sindonews, 15 Juli 2024).</p>"
            "<p>Menjadi korban <b>bukan</b> karena bodoh atau lalai. Pelaku pandai memanfaatkan "
            "kesulitan dan harapan orang. Sebagian korban di kompleks penipuan dipaksa ikut "
            "menipu orang lain. Pasal 18 UU 21/2007 menyatakan bahwa korban yang dipaksa pelaku "
            "melakukan tindak pidana tidak dipidana.</p>"
            "<p>IOM dan Kemlu meluncurkan film pendek <i>Through the Screen</i> pada 25 Juli "
            "2023. Film ini bercerita tentang perekrutan ke tempat penipuan daring dan bisa "
            "menjadi bahan diskusi bersama keluarga atau kelompok.</p>",
        ),
        ("heading", {"text": "Contoh iklan yang perlu dicurigai", "level": "h2"}),
        (
            "image",
            {
                "file": "rekrutmen-iklan-palsu.svg",
                "alt": (
                    "Iklan lowongan rekaan dari akun pribadi: staf layanan pelanggan di Kamboja, "
                    "gaji 1.100 dolar AS, tanpa ijazah dan pengalaman, tiket dan mes ditanggung, "
                    "cukup visa wisata, biaya administrasi Rp2.500.000, kirim foto KTP dan paspor "
                    "lewat WhatsApp."
                ),
                "caption": (
                    "Ilustrasi iklan rekaan, bukan iklan nyata. Hampir setiap barisnya memuat "
                    "tanda bahaya dari daftar di bawah. Hanya syarat usia dan keterampilan "
                    "komputer yang wajar."
                ),
            },
        ),
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
                "title": "Tanda bahaya pada lowongan kerja",
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
                    "Siapa saja bisa menjadi korban, termasuk laki-laki. Korban yang dipaksa "
                    "menipu orang lain tidak dipidana (Pasal 18 UU 21/2007).",
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
                    "Tempo, “Kemlu catat 3.703 kasus online scam”, 4 Juli 2024 (metro.tempo.co)",
                    "Tribunnews, data Kemlu tentang WNI dalam kasus penipuan daring dan imbauan "
                    "agar tidak mengisi data palsu, 7 Oktober 2022 (m.tribunnews.com)",
                    "Wahananews, data kasus yang ditangani KBRI Phnom Penh, 2025 (wahananews.co)",
                    "Mediamasakini, pernyataan Wakil Menteri P2MI tentang lowongan ke Thailand, "
                    "Myanmar, dan Kamboja, 10 April 2025 (mediamasakini.id)",
                    "Kompas, tanda bahaya lowongan kerja palsu menurut Kemnaker, 28 Agustus 2022 "
                    "(money.kompas.com)",
                    "IOM Indonesia, peluncuran film pendek “Through the Screen” bersama Kemlu, "
                    "25 Juli 2023 (indonesia.iom.int)",
                    "IDN Times, faktor pendorong TPPO menurut Kemenko PMK, 17 Januari 2024",
                    "Sindonews, data korban TPPO dari Kemenko PMK, 15 Juli 2024 "
                    "(nasional.sindonews.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
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


LESSON_JAKARTA = {
    "slug": "pola-perekrutan-di-jakarta",
    "title": "Pola di Jakarta: Hotel, Apartemen, dan Aplikasi Pesan",
    "intro": (
        "Perdagangan orang tidak hanya terjadi di luar negeri. Pelajaran ini membahas pola yang "
        "dilaporkan di Jakarta: penampungan di apartemen, eksploitasi di hotel, bujukan lewat "
        "aplikasi pesan, dan apa yang bisa dilakukan warga."
    ),
    "estimated_minutes": 7,
    "body": [
        ("heading", {"text": "Tidak harus ke luar negeri", "level": "h2"}),
        (
            "paragraph",
            "<p>Perdagangan orang juga bisa terjadi di dalam negeri, bahkan di dalam satu kota. "
            "Pasal 2 ayat (1) UU No. 21 Tahun 2007 mengatur perdagangan orang di wilayah "
            "Indonesia. Ancamannya penjara 3 sampai 15 tahun <b>dan</b> denda Rp120 juta sampai "
            "Rp600 juta.</p>"
            "<p>Jakarta adalah salah satu tujuan dan tempat singgah korban. Dalam pertemuan gugus "
            "tugas pada 2024, pejabat menyebut DKI Jakarta sebagai daerah tujuan dan transit "
            "(tempat singgah) terbesar kedua setelah Tanjung Pinang (Pemkot Jakarta Barat, "
            "26 September 2024). Sebagian besar korban yang ditangani di Jakarta bukan warga "
            "Jakarta, melainkan datang dari daerah lain (Antara, 2024).</p>"
            "<p>Beberapa angka yang tercatat:</p>"
            "<ul><li>Pusat Perlindungan Perempuan dan Anak (PPA) DKI menangani 37 korban TPPO "
            "pada 2023, 22 di antaranya di Jakarta Barat, dan 16 korban pada Januari sampai Juli "
            "2024 (Antara dan Pemkot Jakarta Barat, 2024).</li>"
            "<li>Pada 5 sampai 19 Juni 2023, di awal kerja Satgas TPPO Polri, Polda Metro Jaya "
            "menangani 61 korban (Humas Polri melalui Cakra.news, 20 Juni 2023).</li></ul>"
            "<p>Angka ini hanya mencakup korban yang ditangani lembaga tersebut, dan angka dari "
            "lembaga yang berbeda tidak bisa langsung dibandingkan.</p>",
        ),
        ("heading", {"text": "Pola yang dilaporkan di Jakarta", "level": "h2"}),
        (
            "paragraph",
            "<p>Pejabat Jakarta Barat menyebut perdagangan orang di <b>hotel dan apartemen</b> "
            "sebagai tren (2022). Pada 2023, mereka melaporkan beberapa pola: anak yang dipaksa "
            "mengamen, perempuan yang dijadikan budak seks, dan orang dewasa yang dibujuk gaji "
            "besar lalu <b>disekap</b> (dikurung dan tidak boleh pergi). Menurut mereka, yang "
            "paling rentan adalah anak, baik perempuan maupun laki-laki, serta perempuan dewasa "
            "(Antara dan Pemkot Jakarta Barat, 2023).</p>"
            "<h3>Penampungan di apartemen</h3>"
            "<p><b>Penampungan</b> artinya menahan orang di suatu tempat sebelum mereka dikirim "
            "atau dipekerjakan. Dalam enam bulan pada 2024, petugas tiga kali menggerebek "
            "perekrut palsu yang menampung calon pekerja migran di Apartemen Kalibata City, "
            "Jakarta Selatan, sebuah kompleks tempat tinggal biasa (Antara, 2024).</p>"
            "<h3>Hotel dan aplikasi pesan</h3>"
            "<p>Pada 2021, Polda Metro Jaya menemukan 18 anak perempuan di bawah umur yang "
            "ditawarkan lewat aplikasi MiChat dari sebuah hotel di Tamansari, Jakarta Barat "
            "(Viva, 25 Mei 2021). Komisi Perlindungan Anak Indonesia (KPAI) mencatat 234 anak "
            "korban TPPO dan eksploitasi pada Januari sampai April 2021. Dari 35 kasus yang "
            "ditangani KPAI, 60 persen terjadi lewat media sosial, dan MiChat paling sering "
            "dipakai (Kumparan, 19 November 2022).</p>"
            "<p>Orang dewasa juga dibujuk lewat aplikasi, seperti pada contoh berikut.</p>",
        ),
        (
            "image",
            {
                "file": "rekrutmen-chat.svg",
                "alt": (
                    "Layar ponsel dengan percakapan rekaan. Perekrut menawarkan kerja jaga toko "
                    "di Jakarta bergaji Rp9 juta, mes gratis di apartemen, kontrak nanti saja, "
                    "minta foto KTP, dan menalangi ongkos bus yang nanti dipotong dari gaji."
                ),
                "caption": (
                    "Percakapan rekaan; nama dan nomor tidak nyata. Empat tanda bahaya ditandai: "
                    "gaji tinggi tanpa syarat, tempat tinggal dari perekrut, tanpa kontrak dan "
                    "KTP diminta di awal, serta ongkos yang bisa menjadi utang."
                ),
            },
        ),
        (
            "scenario",
            {
                "title": "Kerja jaga toko yang berubah menjadi kurungan",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola yang "
                    "dilaporkan pejabat Jakarta Barat. Bukan kasus nyata.</i></p>"
                    "<p>Lina (bukan nama sebenarnya), 20 tahun, tinggal di luar Jakarta. Lewat "
                    "aplikasi pesan, seorang kenalan baru menawarinya kerja jaga toko di Jakarta. "
                    "Gajinya jauh di atas upah biasa, dan ongkos bus “ditalangi”. Sesampainya di "
                    "Jakarta, Lina dibawa ke sebuah unit apartemen bersama beberapa perempuan "
                    "lain. Ponselnya “disimpan dulu” oleh perekrut, dan pintu dikunci dari luar. "
                    "Ia diberi tahu harus melayani tamu laki-laki sampai “utang ongkos” "
                    "lunas.</p>"
                ),
                "question": (
                    "Lina tidak dibawa ke luar negeri. Apakah ini tetap perdagangan orang? Tanda "
                    "bahaya apa yang sudah muncul sejak awal?"
                ),
                "explanation": (
                    "<p>Ya. Lina direkrut, dibawa ke Jakarta, lalu ditampung di apartemen. Pelaku "
                    "memakai penipuan (janji kerja jaga toko), penyekapan (pintu dikunci, ponsel "
                    "diambil), dan jeratan utang (“utang ongkos”), untuk eksploitasi seksual. "
                    "Karena terjadi di dalam Indonesia, pelaku dapat dijerat Pasal 2 ayat (1) "
                    "UU 21/2007.</p>"
                    "<p>Tanda bahaya sejak awal: tawaran dari kenalan baru di aplikasi, gaji "
                    "terlalu tinggi, dan ongkos yang “ditalangi”. Lina tidak bersalah. Yang "
                    "bersalah adalah orang yang menipu dan menyekapnya.</p>"
                ),
            },
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya di sekitar kita",
                "flags": [
                    "Tawaran kerja di Jakarta datang dari kenalan baru di media sosial atau "
                    "aplikasi pesan, dengan gaji jauh di atas biasa dan syarat sangat ringan.",
                    "Semua ongkos “ditanggung” atau “ditalangi”, lalu disebut utang yang harus "
                    "dilunasi dengan bekerja.",
                    "Anda diminta tinggal di unit apartemen atau rumah bersama calon pekerja lain, "
                    "oleh perekrut yang tidak bisa menunjukkan izin (seperti di Kalibata City, "
                    "2024).",
                    "HP, KTP, atau paspor Anda diminta “dititipkan” kepada perekrut.",
                    "Orang dewasa yang baru dikenal lewat aplikasi mengajak anak atau remaja "
                    "bertemu di hotel atau apartemen.",
                ],
            },
        ),
        ("heading", {"text": "Apa yang bisa dilakukan warga", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Kenali tetangga baru.</b> Pada 2023, RT/RW di Jakarta Timur diminta memantau "
            "pendatang baru dalam 2×24 jam sebagai langkah pencegahan (Antara, 2023).</li>"
            "<li><b>Ajak anak bercerita.</b> Ketahui aplikasi yang dipakai anak. Ajak ia "
            "bercerita jika ada orang asing yang menawarkan uang, pekerjaan, atau hadiah. Jangan "
            "memarahi: anak yang dibujuk adalah calon korban, bukan pelaku.</li>"
            "<li><b>Jangan bertindak sendiri.</b> Jangan menegur atau menggerebek sendiri. Catat "
            "faktanya, lalu laporkan ke polisi di 110 atau ke SAPA 129, layanan pengaduan "
            "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak (KemenPPPA).</li>"
            "<li><b>Datangi pos pengaduan.</b> Menurut Dinas PPAPP DKI (2025), ada 44 pos "
            "pengaduan gratis, satu di setiap kecamatan, di RPTRA (Ruang Publik Terpadu Ramah "
            "Anak) atau rusun (rumah susun). Ada juga Pos SAPA di sejumlah titik TransJakarta, "
            "MRT, dan LRT. Lokasinya bisa berubah; lihat halaman Bantuan &amp; Lapor.</li>"
            "</ul>"
            "<p>Di tingkat provinsi, pencegahan dan penanganan TPPO dikoordinasikan oleh Gugus "
            "Tugas PP-TPPO DKI Jakarta, yang diatur dalam Peraturan Gubernur DKI No. 64 Tahun "
            "2019 (Antara, 2024).</p>",
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Perdagangan orang bisa terjadi di dalam Jakarta, tanpa ke luar negeri (Pasal 2 "
                    "ayat (1) UU 21/2007).",
                    "Pola yang dilaporkan di Jakarta: eksploitasi di hotel dan apartemen, "
                    "penampungan calon pekerja, anak dipaksa mengamen, dan bujukan gaji besar yang "
                    "berakhir dengan penyekapan.",
                    "Anak dan remaja dibujuk lewat aplikasi pesan. Ajak anak bercerita tanpa "
                    "memarahi.",
                    "Jika curiga, catat fakta dan laporkan ke 110, SAPA 129, atau pos pengaduan "
                    "terdekat. Jangan bertindak sendiri.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "SBMI, “Ancaman pidana bagi pelaku TPPO”, tanpa tanggal (sbmi.or.id); JDIH "
                    "BPHN, abstrak UU No. 21 Tahun 2007 (dev-jdihn.bphn.go.id)",
                    "Pemkot Jakarta Barat, “OPD Pemkot Jakbar ikut pertemuan tim gugus tugas "
                    "TPPO”, 26 September 2024 (barat.jakarta.go.id)",
                    "Antara, “Pemprov DKI perkuat gugus tugas pencegahan TPPO”, 2024 "
                    "(antaranews.com)",
                    "Cakra.news, data Satgas TPPO per Polda dari Humas Polri, 20 Juni 2023",
                    "Pemkot Jakarta Barat, sosialisasi penguatan Gugus Tugas TPPO, 6 Oktober 2022 "
                    "(barat.jakarta.go.id)",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023 "
                    "(antaranews.com)",
                    "Pemkot Jakarta Barat, pertemuan hibrida Gugus Tugas TPPO, 27 Juni 2023 "
                    "(barat.jakarta.go.id)",
                    "Antara, anggota DPRD minta DKI aktifkan lagi gugus tugas; penggerebekan di "
                    "Kalibata City, 2024 (antaranews.com)",
                    "Viva, anak di bawah umur ditawarkan lewat MiChat di Tamansari, Jakarta Barat, "
                    "25 Mei 2021",
                    "Kumparan, data KPAI tentang anak korban TPPO dan eksploitasi, 19 November 2022",
                    "Antara, RT/RW di Jakarta Timur memantau pendatang baru, 2023 (antaranews.com)",
                    "Dinas PPAPP DKI tentang pos pengaduan dan Pos SAPA: BeritaNasional dan "
                    "Merdeka, 26 Februari 2025; Selalukabar/Antara, November 2025",
                    "SAPA 129 KemenPPPA: Tribratanews, 21 September 2023; Halojabar (mengutip "
                    "setkab.go.id)",
                    "Layanan polisi 110: Arahkompas/Republika, 27 Mei 2021",
                ]
            },
        ),
    ],
}

LESSON_CHECK_FIRST = {
    "slug": "cek-dulu-tawaran-kerja-dan-agen",
    "title": "Cek Dulu: Tawaran Kerja, Agen, dan Jalur Resmi",
    "intro": (
        "Bekerja di luar negeri adalah hak setiap warga, asalkan lewat jalur resmi. Pelajaran "
        "ini menjelaskan cara memeriksa agen penyalur, dokumen yang wajib ada, dan hak Anda "
        "sebagai calon pekerja migran menurut UU No. 18 Tahun 2017."
    ),
    "estimated_minutes": 7,
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
            "<p>Di Jakarta, penampungan calon pekerja oleh perekrut palsu juga ditemukan, "
            "misalnya di Apartemen Kalibata City pada 2024 (lihat pelajaran “Pola di "
            "Jakarta”).</p>",
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
            "<li><b>Cocokkan dokumen</b> dengan daftar di atas. Tanpa visa kerja dan kontrak "
            "kerja, jangan berangkat.</li>"
            "<li><b>Pastikan terdaftar di SISKOP2MI.</b> Menurut BP3MI Sulawesi Tengah (Januari "
            "2026), pekerja yang tidak terdaftar di SISKOP2MI bisa tidak mendapat perlindungan "
            "negara, jaminan sosial, dan bantuan saat di luar negeri.</li>"
            "<li><b>Lapor diri</b>, yaitu memberi tahu KBRI atau KJRI bahwa Anda ada di negara "
            "itu. Kemlu (2018) menganjurkannya lewat aplikasi Safe Travel atau situs "
            "peduliwni.kemlu.go.id bagi yang tinggal lebih dari 6 bulan.</li>"
            "</ol>",
        ),
        (
            "image",
            {
                "file": "rekrutmen-ceklis.svg",
                "alt": (
                    "Ceklis pada papan klip: agen punya izin SIP3MI (cek di SISKOP2MI), kantor "
                    "agen sudah didatangi, sudah bertanya ke Disnaker atau KP2MI, ada visa kerja, "
                    "ada kontrak kerja lengkap, tidak dimintai biaya penempatan, dokumen dipegang "
                    "sendiri."
                ),
                "caption": (
                    "Ceklis sebelum berangkat. Semua kotak harus tercentang. Jika ada satu saja "
                    "yang kosong, jangan berangkat dulu."
                ),
            },
        ),
        (
            "red_flags",
            {
                "title": "Ceklis tanda bahaya sebelum menerima tawaran",
                "flags": [
                    "Perekrut tidak bisa menunjukkan izin SIP3MI, atau perusahaannya tidak "
                    "ditemukan di SISKOP2MI.",
                    "Perekrut hanya bisa dihubungi lewat media sosial atau telepon, tanpa kantor "
                    "yang bisa Anda datangi.",
                    "Anda dimintai uang untuk “biaya proses”, “administrasi”, atau biaya "
                    "penempatan.",
                    "Tidak ada visa kerja; Anda disuruh memakai visa kunjungan, wisata, ziarah, "
                    "atau umrah.",
                    "Tidak ada kontrak kerja, atau isinya tidak lengkap (misalnya upah, jam kerja, "
                    "atau cuti tidak disebut).",
                    "Anda ditawari berangkat lewat “pihak ketiga” tanpa visa kerja dan kontrak "
                    "kerja resmi (KJRI Johor Bahru, 2025).",
                    "Paspor, KTP, atau HP Anda diminta “dititipkan” kepada perekrut atau majikan.",
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
                    "menurut Pasal 13 UU 18/2017), dimintai biaya (dilarang Pasal 30 ayat (1)), "
                    "ditempatkan oleh orang perseorangan, bukan P3MI berizin (diancam pidana "
                    "menurut Pasal 81), ditampung di tempat tidak resmi, dan paspor dipegang "
                    "orang lain.</p>"
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
                    "Kompas, tanda bahaya lowongan kerja palsu menurut Kemnaker, 28 Agustus 2022 "
                    "(money.kompas.com)",
                    "Mediamasakini, pernyataan Wakil Menteri P2MI tentang lowongan ke Thailand, "
                    "Myanmar, dan Kamboja, 10 April 2025 (mediamasakini.id)",
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
            "<p>Pengurus RT/RW dan tetangga punya peran penting. Langkah warga di Jakarta, "
            "termasuk pos pengaduan, sudah dibahas di pelajaran “Pola di Jakarta”.</p>"
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


def _choice(text, feedback, correct=False):
    return {"text": text, "correct": correct, "feedback": feedback}


def _statement(text, feedback, suspicious):
    return {"text": text, "suspicious": suspicious, "feedback": feedback}


# Pre-test and final test are parallel: item N of each measures the same learning point with the
# same question type. Learning points, by lesson:
#  1 (L1) what to do with a high-paid job ad abroad    8 (L3) a child lured through a chat app
#  2 (L1) work visa and contract before leaving        9 (L4) how to check that an agency is legal
#  3 (L1) red flags in a job advert / chat            10 (L4) documents required (Pasal 13)
#  4 (L2) fake internship (ferienjob)                 11 (L4) no placement fee (Pasal 30)
#  5 (L2) mail-order bride red flags                  12 (L5) forced-labour indicators (ILO)
#  6 (L2) organ trade is trafficking                  13 (L3/L5) safe response to a suspicion
#  7 (L3) trafficking inside Jakarta (Pasal 2 ayat 1)

PRETEST_QUESTIONS = [
    # 1
    (
        "single_choice",
        {
            "question": (
                "Anda melihat iklan di media sosial: “Dicari staf pemasaran di Kamboja. Gaji "
                "1.200 dolar AS per bulan. Tanpa pengalaman. Hubungi lewat pesan pribadi.” Apa "
                "langkah yang paling aman?"
            ),
            "choices": [
                _choice(
                    "Segera kirim foto KTP dan paspor supaya tidak kehabisan tempat.",
                    "Kurang tepat. Diminta mengirim data pribadi sejak awal adalah tanda bahaya "
                    "menurut Kemnaker (2022). Data Anda bisa disalahgunakan, dan rasa terburu-buru "
                    "membuat Anda tidak sempat memeriksa.",
                ),
                _choice(
                    "Jangan kirim data atau uang. Periksa dulu izin perekrutnya dan tanyakan ke "
                    "Disnaker atau KP2MI.",
                    "Tepat. Iklan ini punya beberapa tanda bahaya: akun pribadi, gaji tinggi "
                    "tanpa syarat, dan negara tujuan yang menurut KP2MI (April 2025) tidak punya "
                    "perjanjian penempatan pekerja dengan Indonesia.",
                    correct=True,
                ),
                _choice(
                    "Terima saja, karena gaji dalam dolar pasti dari perusahaan besar.",
                    "Kurang tepat. Gaji tinggi bukan bukti perusahaan resmi. Menurut Kemlu (2024), "
                    "lowongan “layanan pelanggan” atau “pemasaran” bergaji 1.000–1.200 dolar AS "
                    "justru sering menjadi umpan ke kompleks penipuan daring.",
                ),
                _choice(
                    "Tanyakan kepada perekrut apakah tawarannya asli.",
                    "Kurang tepat. Perekrut palsu tentu akan bilang tawarannya asli. Periksalah "
                    "lewat pihak lain yang resmi: portal SISKOP2MI, Disnaker, atau KP2MI.",
                ),
            ],
            "explanation": (
                "Kemlu menangani 3.703 WNI dalam kasus penipuan daring sejak 2020 sampai Maret "
                "2024. Umpannya sering lowongan “layanan pelanggan” atau “pemasaran” bergaji "
                "1.000–1.200 dolar AS di media sosial (Tempo, 4 Juli 2024). Membawa WNI ke luar "
                "negeri untuk dieksploitasi diancam pidana menurut Pasal 4 UU 21/2007. KP2MI adalah "
                "Kementerian Pelindungan Pekerja Migran Indonesia; Disnaker adalah Dinas Tenaga Kerja."
            ),
        },
    ),
    # 2
    (
        "true_false",
        {
            "statement": (
                "Bekerja di luar negeri dengan visa wisata tidak apa-apa, asalkan perekrut "
                "berjanji kontraknya ditandatangani setelah tiba di sana."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Berangkat kerja dengan visa wisata dan tanpa kontrak kerja adalah "
                "dua tanda bahaya menurut Kemnaker (2022). Pasal 13 UU 18/2017 mewajibkan visa "
                "kerja dan perjanjian kerja sebelum berangkat."
            ),
            "feedback_false": (
                "Tepat, pernyataan itu salah. Hanya visa kerja yang mengizinkan Anda bekerja "
                "secara sah, dan kontrak kerja wajib sudah ada sebelum berangkat (Pasal 13 "
                "UU 18/2017)."
            ),
            "explanation": (
                "Visa kerja dan perjanjian kerja termasuk dokumen wajib calon pekerja migran "
                "menurut Pasal 13 UU 18/2017. Janji “cukup visa wisata” dan “kontrak nanti di "
                "sana” ada dalam daftar tanda bahaya Kemnaker (2022)."
            ),
        },
    ),
    # 3
    (
        "red_flags",
        {
            "title": "Tandai tanda bahaya: iklan lowongan ke luar negeri",
            "scenario": (
                "<p><i>Iklan rekaan untuk latihan. Akun dan nomor tidak nyata.</i></p>"
                "<p>Unggahan akun pribadi “Info Loker Cepat”:</p>"
                "<p><b>LOWONGAN KERJA LUAR NEGERI!</b> Staf layanan pelanggan di Kamboja. Gaji "
                "1.100 dolar AS per bulan. Tanpa ijazah, tanpa pengalaman. Usia 18–35 tahun, bisa "
                "pakai komputer. Tiket pesawat dan mes ditanggung. Berangkat cepat, cukup visa "
                "wisata. Biaya administrasi hanya Rp2.500.000. Kirim foto KTP dan paspor ke WA "
                "0812-xxxx-xxxx.</p>"
            ),
            "image": "rekrutmen-iklan-palsu.svg",
            "image_alt": (
                "Iklan lowongan rekaan dari akun pribadi dengan isi yang sama seperti teks di "
                "atas: kerja di Kamboja, gaji 1.100 dolar AS, visa wisata, biaya administrasi, "
                "dan permintaan foto KTP serta paspor."
            ),
            "statements": [
                _statement(
                    "Iklan dibagikan oleh akun pribadi, bukan perusahaan penempatan berizin.",
                    "Tanda bahaya (Kemnaker, 2022). Lowongan kerja ke luar negeri yang resmi "
                    "datang dari P3MI yang punya izin SIP3MI, bukan dari akun perorangan.",
                    suspicious=True,
                ),
                _statement(
                    "Gaji 1.100 dolar AS per bulan tanpa ijazah dan tanpa pengalaman.",
                    "Tanda bahaya. Syarat sangat ringan dengan gaji sangat tinggi ada dalam daftar "
                    "Kemnaker (2022), dan gaji sebesar ini dipakai sebagai umpan ke kompleks "
                    "penipuan daring (Kemlu, 2024).",
                    suspicious=True,
                ),
                _statement(
                    "Pelamar harus berusia 18 tahun ke atas.",
                    "Bukan tanda bahaya. Usia paling rendah 18 tahun memang syarat pekerja "
                    "migran menurut Pasal 5 UU 18/2017.",
                    suspicious=False,
                ),
                _statement(
                    "Pelamar harus bisa memakai komputer.",
                    "Bukan tanda bahaya. Meminta keterampilan yang sesuai pekerjaan itu wajar. "
                    "Yang perlu dicurigai adalah cara dan syarat lain dalam iklan ini.",
                    suspicious=False,
                ),
                _statement(
                    "Tiket pesawat dan mes ditanggung.",
                    "Tanda bahaya. “Semua biaya ditanggung” ada dalam daftar Kemnaker (2022). "
                    "Biaya seperti ini bisa berubah menjadi utang yang mengikat (jeratan utang).",
                    suspicious=True,
                ),
                _statement(
                    "Berangkat cepat, cukup visa wisata.",
                    "Tanda bahaya. Bekerja di luar negeri harus memakai visa kerja (Pasal 13 "
                    "UU 18/2017). Berangkat dengan visa wisata ada dalam daftar Kemnaker (2022).",
                    suspicious=True,
                ),
                _statement(
                    "Biaya administrasi Rp2.500.000.",
                    "Tanda bahaya. Diminta membayar di awal ada dalam daftar Kemnaker (2022), dan "
                    "pekerja migran tidak boleh dibebani biaya penempatan (Pasal 30 ayat (1) "
                    "UU 18/2017).",
                    suspicious=True,
                ),
                _statement(
                    "Kirim foto KTP dan paspor lewat WhatsApp.",
                    "Tanda bahaya. Diminta mengirim data pribadi sejak awal ada dalam daftar "
                    "Kemnaker (2022). Jangan serahkan KTP atau paspor kepada perekrut yang belum "
                    "diperiksa.",
                    suspicious=True,
                ),
            ],
            "explanation": (
                "Iklan ini memuat enam tanda bahaya dari daftar Kemnaker (2022). Negara tujuannya "
                "pun, Kamboja, menurut KP2MI (April 2025) tidak punya perjanjian penempatan "
                "pekerja dengan Indonesia. Batas usia 18 tahun dan keterampilan komputer bukan "
                "tanda bahaya. Meminta biaya penempatan dilarang Pasal 30 ayat (1) UU 18/2017; "
                "membawa WNI ke luar negeri untuk dieksploitasi diancam Pasal 4 UU 21/2007."
            ),
        },
    ),
    # 4
    (
        "single_choice",
        {
            "question": (
                "Rani (nama samaran), mahasiswi di Jakarta, ditawari “magang” ke Eropa saat libur "
                "semester oleh sebuah agen, bukan oleh kampusnya. Pekerjaannya mengangkat barang "
                "di gudang. Apa langkah pertama yang paling tepat?"
            ),
            "choices": [
                _choice(
                    "Tanyakan ke bagian akademik kampus apakah program itu program resmi kampus.",
                    "Tepat. Dalam kasus ferienjob (2023), program “magang” ternyata bukan bagian "
                    "dari Merdeka Belajar Kampus Merdeka (MBKM), dan Kemendikbudristek meminta "
                    "kampus menghentikannya.",
                    correct=True,
                ),
                _choice(
                    "Ikut saja, karena kata “magang” berarti pasti program belajar.",
                    "Kurang tepat. Nama “magang” tidak menjamin apa pun. Mahasiswa dalam kasus "
                    "ferienjob (2023) dijanjikan magang, tetapi melakukan kerja kasar dan sebagian "
                    "menanggung utang.",
                ),
                _choice(
                    "Tidak perlu dicek, karena pelajar di luar negeri dilindungi sebagai pekerja "
                    "migran.",
                    "Kurang tepat. Menurut Pasal 4 ayat (2) UU 18/2017, pelajar dan peserta "
                    "pelatihan di luar negeri bukan pekerja migran, sehingga tidak mendapat "
                    "perlindungan sebagai pekerja migran.",
                ),
                _choice(
                    "Bayar biaya pendaftaran dulu supaya tempatnya tidak diambil orang lain.",
                    "Kurang tepat. Diminta membayar di awal adalah tanda bahaya (Kemnaker, 2022). "
                    "Ingat pesan “jangan buru-buru” (MTV EXIT Indonesia, 2012).",
                ),
            ],
            "explanation": (
                "Pada Oktober–Desember 2023, sekitar 1.047 mahasiswa berangkat ke Jerman lewat "
                "ferienjob yang dipromosikan sebagai magang. Mereka melakukan kerja kasar, dan "
                "polisi menetapkan lima tersangka (Tribun Jambi dan Okezone, Maret 2024). Tanda "
                "bahayanya: di luar jadwal akademik dan bukan program resmi kampus."
            ),
        },
    ),
    # 5
    (
        "multiple_choice",
        {
            "question": (
                "Seorang perantara menawarkan perjodohan kepada Sari (nama samaran), 20 tahun, "
                "dengan pria dari luar negeri. Mana saja yang merupakan tanda bahaya pengantin "
                "pesanan? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Keluarga Sari dijanjikan mahar sekitar Rp20 juta oleh perantara.",
                    "Benar, ini tanda bahaya. KBRI Beijing (2024) melaporkan iming-iming mahar "
                    "sekitar Rp20 juta dalam kasus pengantin pesanan ke Tiongkok.",
                    correct=True,
                ),
                _choice(
                    "Calon suami disebut pengusaha kaya, tetapi Sari tidak bisa memeriksanya.",
                    "Benar, ini tanda bahaya. Menurut KBRI Beijing (2024), korban dijanjikan "
                    "suami kaya, padahal banyak suami ternyata buruh di desa.",
                    correct=True,
                ),
                _choice(
                    "Perantara bilang paspor Sari sebaiknya dipegang calon suami.",
                    "Benar, ini tanda bahaya. Paspor yang ditahan suami atau keluarganya "
                    "dilaporkan KBRI Beijing (2024). Tanpa paspor, korban sulit pulang.",
                    correct=True,
                ),
                _choice(
                    "Sari dan keluarganya meminta waktu untuk berdiskusi dengan orang yang mereka "
                    "percaya.",
                    "Ini bukan tanda bahaya, justru langkah yang aman. Pesan migrasi aman: jangan "
                    "buru-buru, diskusikan dengan tiga orang (MTV EXIT Indonesia, 2012).",
                ),
                _choice(
                    "Sari tetap memegang sendiri paspor dan ponselnya.",
                    "Ini bukan tanda bahaya. Memegang dokumen dan ponsel sendiri adalah cara "
                    "melindungi diri.",
                ),
            ],
            "explanation": (
                "Pengantin pesanan adalah perkawinan yang diatur perantara demi bayaran. KBRI "
                "Beijing (April 2024) melaporkan modus ini menyebar ke Jakarta, Banten, dan Jawa "
                "Barat. Membawa WNI ke luar negeri untuk dieksploitasi diancam Pasal 4 UU "
                "21/2007, dan pemaksaan perkawinan adalah tindak pidana menurut Pasal 4 ayat (1) "
                "UU 12/2022 tentang TPKS."
            ),
        },
    ),
    # 6
    (
        "true_false",
        {
            "statement": (
                "Menjual ginjal lewat perantara yang ditemukan di grup media sosial hanyalah "
                "urusan pribadi dan tidak bisa termasuk perdagangan orang."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pengambilan organ tubuh termasuk bentuk eksploitasi menurut "
                "Protokol Palermo PBB. Dalam kasus jaringan ginjal Bekasi–Phnom Penh (2023), para "
                "pelaku dijerat Pasal 2 dan Pasal 4 UU 21/2007."
            ),
            "feedback_false": (
                "Tepat, pernyataan itu salah. Perekrutan untuk diambil organnya bisa termasuk "
                "perdagangan orang. Pelaku jaringan ginjal Bekasi–Phnom Penh (2023) dijerat "
                "Pasal 2 dan Pasal 4 UU 21/2007."
            ),
            "explanation": (
                "Jaringan yang berpusat di Bekasi mengirim 122 orang ke sebuah rumah sakit di "
                "Phnom Penh. Korban direkrut lewat grup Facebook “Donor Ginjal” dan dibayar "
                "Rp135 juta dari nilai Rp200 juta (Tempo, 21 Juli 2023). Seorang petugas "
                "imigrasi juga dijerat Pasal 8 dan seorang polisi Pasal 22 (Riau Pos, 22 Juli "
                "2023)."
            ),
        },
    ),
    # 7
    (
        "true_false",
        {
            "statement": "Perdagangan orang hanya terjadi jika korbannya dibawa ke luar negeri.",
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pasal 2 ayat (1) UU 21/2007 mengatur perdagangan orang di dalam "
                "wilayah Indonesia. Pejabat Jakarta Barat melaporkan perdagangan orang di hotel "
                "dan apartemen di Jakarta (2022)."
            ),
            "feedback_false": (
                "Tepat, pernyataan itu salah. Perdagangan orang juga bisa terjadi di dalam "
                "negeri, termasuk di Jakarta, dan diancam Pasal 2 ayat (1) UU 21/2007."
            ),
            "explanation": (
                "Ancaman untuk perdagangan orang di dalam Indonesia adalah penjara 3–15 tahun dan "
                "denda Rp120 juta–Rp600 juta (Pasal 2 ayat (1) UU 21/2007). Pusat PPA DKI "
                "menangani 37 korban TPPO pada 2023 (Antara dan Pemkot Jakarta Barat, 2024)."
            ),
        },
    ),
    # 8
    (
        "single_choice",
        {
            "question": (
                "Adik Anda, 15 tahun, bercerita: orang yang baru ia kenal di aplikasi pesan "
                "mengajaknya “kerja gampang” menemani tamu di sebuah hotel, dengan bayaran "
                "besar. Apa yang paling tepat dilakukan?"
            ),
            "choices": [
                _choice(
                    "Dengarkan tanpa memarahi, simpan bukti percakapannya, lalu laporkan ke "
                    "SAPA 129 atau polisi di 110.",
                    "Tepat. Adik Anda adalah calon korban, bukan pelaku. SAPA 129 menerima "
                    "laporan dari siapa saja yang melihat atau mendengar kekerasan terhadap anak, "
                    "termasuk TPPO.",
                    correct=True,
                ),
                _choice(
                    "Marahi adik Anda dan sita ponselnya supaya ia jera.",
                    "Kurang tepat. Adik Anda tidak bersalah. Memarahi bisa membuatnya enggan "
                    "bercerita lagi, sementara orang yang membujuknya belum dilaporkan.",
                ),
                _choice(
                    "Temui sendiri orang itu di hotel untuk menegurnya.",
                    "Kurang tepat. Menghadapi pelaku sendiri bisa membahayakan Anda dan adik "
                    "Anda. Catat faktanya dan serahkan kepada polisi.",
                ),
                _choice(
                    "Biarkan saja, asalkan adik Anda berjanji hanya “menemani”.",
                    "Kurang tepat. Menurut Protokol Palermo, anak di bawah 18 tahun tidak bisa "
                    "dianggap setuju untuk dieksploitasi. Ajakan seperti ini adalah tanda bahaya "
                    "eksploitasi seksual anak.",
                ),
            ],
            "explanation": (
                "Pada 2021, Polda Metro Jaya menemukan 18 anak perempuan yang ditawarkan lewat "
                "MiChat dari sebuah hotel di Tamansari, Jakarta Barat (Viva, 25 Mei 2021). Dari "
                "35 kasus yang ditangani KPAI, 60 persen terjadi lewat media sosial "
                "(Kumparan, 2022). Jika korbannya anak, ancaman pidana ditambah sepertiga "
                "(Pasal 17 UU 21/2007)."
            ),
        },
    ),
    # 9
    (
        "single_choice",
        {
            "question": (
                "Sebuah agen menawari Anda kerja di luar negeri. Bagaimana cara memastikan agen "
                "itu resmi?"
            ),
            "choices": [
                _choice(
                    "Periksa izin SIP3MI-nya di portal SISKOP2MI, datangi kantornya, dan "
                    "tanyakan ke Disnaker atau KP2MI.",
                    "Tepat. Perusahaan penempatan resmi (P3MI) wajib punya izin SIP3MI dari "
                    "Kementerian P2MI, dan izin itu bisa diperiksa di SISKOP2MI.",
                    correct=True,
                ),
                _choice(
                    "Lihat banyaknya pengikut akun media sosialnya.",
                    "Kurang tepat. Jumlah pengikut tidak menunjukkan izin. Lowongan dari akun "
                    "media sosial perorangan justru tanda bahaya (Kemnaker, 2022).",
                ),
                _choice(
                    "Percaya saja jika perekrutnya kenalan keluarga.",
                    "Kurang tepat. Menurut kampanye MTV EXIT Indonesia (2012), kebanyakan korban "
                    "justru kenal dengan orang yang merekrutnya.",
                ),
                _choice(
                    "Minta perekrut mengirim foto kantornya.",
                    "Kurang tepat. Foto tidak membuktikan izin. Datangi kantornya sendiri dan "
                    "periksa izinnya di SISKOP2MI.",
                ),
            ],
            "explanation": (
                "Izin SIP3MI bisa diperiksa di portal SISKOP2MI (Disnakertrans Cianjur, "
                "2025). Pekerja yang tidak terdaftar di SISKOP2MI bisa tidak mendapat "
                "perlindungan negara (BP3MI Sulawesi Tengah, Januari 2026). Orang perseorangan "
                "yang menempatkan pekerja migran diancam penjara paling lama 10 tahun (Pasal 81 "
                "UU 18/2017)."
            ),
        },
    ),
    # 10
    (
        "multiple_choice",
        {
            "question": (
                "Menurut Pasal 13 UU 18/2017, dokumen mana saja yang wajib dimiliki calon pekerja "
                "migran sebelum berangkat? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Visa kerja",
                    "Benar. Visa kerja wajib ada; hanya visa kerja yang mengizinkan Anda bekerja "
                    "secara sah.",
                    correct=True,
                ),
                _choice(
                    "Perjanjian kerja (kontrak kerja)",
                    "Benar. Kontrak kerja wajib ada sebelum berangkat, bukan “nanti di sana”.",
                    correct=True,
                ),
                _choice(
                    "Paspor",
                    "Benar. Paspor termasuk dokumen wajib, dan harus tetap Anda pegang sendiri.",
                    correct=True,
                ),
                _choice(
                    "Surat izin suami atau istri, orang tua, atau wali yang diketahui lurah atau "
                    "kepala desa",
                    "Benar. Surat izin ini termasuk dokumen wajib menurut Pasal 13.",
                    correct=True,
                ),
                _choice(
                    "Visa wisata",
                    "Salah. Visa wisata tidak mengizinkan Anda bekerja. Berangkat kerja dengan "
                    "visa wisata adalah tanda bahaya (Kemnaker, 2022).",
                ),
                _choice(
                    "Kuitansi pembayaran biaya penempatan kepada sponsor",
                    "Salah. Pekerja migran tidak boleh dibebani biaya penempatan (Pasal 30 ayat "
                    "(1) UU 18/2017). Permintaan biaya seperti ini adalah tanda bahaya.",
                ),
            ],
            "explanation": (
                "Pasal 13 UU 18/2017 mewajibkan antara lain surat keterangan status perkawinan, "
                "surat izin keluarga yang diketahui lurah atau kepala desa, sertifikat "
                "kompetensi, surat sehat dan hasil pemeriksaan psikologi, paspor, visa kerja, "
                "perjanjian penempatan, dan perjanjian kerja."
            ),
        },
    ),
    # 11
    (
        "true_false",
        {
            "statement": (
                "Calon pekerja migran yang berangkat lewat jalur resmi wajib membayar biaya "
                "penempatan kepada agen."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pasal 30 ayat (1) UU 18/2017 menyatakan pekerja migran tidak boleh "
                "dibebani biaya penempatan. Permintaan “biaya proses” adalah tanda bahaya."
            ),
            "feedback_false": (
                "Tepat, pernyataan itu salah. Pekerja migran tidak boleh dibebani biaya "
                "penempatan (Pasal 30 ayat (1) UU 18/2017)."
            ),
            "explanation": (
                "Membebankan kepada pekerja biaya yang sudah ditanggung pemberi kerja diancam "
                "penjara paling lama 5 tahun dan denda paling banyak Rp15 miliar (Pasal 86 "
                "bersama Pasal 72 huruf a UU 18/2017)."
            ),
        },
    ),
    # 12
    (
        "multiple_choice",
        {
            "question": (
                "Setelah tiba di tempat kerja, Tono (nama samaran) diberi tahu bahwa tiket dan "
                "makannya selama ini adalah utang yang harus dilunasi dengan bekerja. Paspornya "
                "disimpan majikan, dan ia tidak boleh keluar dari mes. Tanda kerja paksa mana "
                "saja yang terlihat? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Jeratan utang",
                    "Benar. Biaya yang awalnya “ditanggung” berubah menjadi utang yang mengikat. "
                    "Ini salah satu indikator kerja paksa ILO (2012).",
                    correct=True,
                ),
                _choice(
                    "Dokumen identitas ditahan",
                    "Benar. Paspor yang disimpan majikan adalah indikator kerja paksa ILO "
                    "(2012). Paspor adalah milik Tono.",
                    correct=True,
                ),
                _choice(
                    "Kebebasan bergerak dibatasi",
                    "Benar. Dilarang keluar dari mes adalah indikator kerja paksa ILO (2012).",
                    correct=True,
                ),
                _choice(
                    "Tono bekerja di luar negeri",
                    "Salah. Bekerja di luar negeri sendiri bukan tanda kerja paksa. Yang menjadi "
                    "tanda adalah cara ia dikendalikan.",
                ),
                _choice(
                    "Tono tinggal di mes yang disediakan tempat kerja",
                    "Salah. Tinggal di mes saja bukan tanda kerja paksa. Tandanya adalah larangan "
                    "keluar dari mes itu.",
                ),
            ],
            "explanation": (
                "ILO (2012) menerbitkan 11 indikator kerja paksa, antara lain jeratan utang, "
                "dokumen identitas ditahan, dan kebebasan bergerak dibatasi. Satu indikator saja "
                "bisa sudah cukup. Penjeratan utang juga termasuk “cara” dalam Pasal 1 angka 1 "
                "UU 21/2007."
            ),
        },
    ),
    # 13
    (
        "single_choice",
        {
            "question": (
                "Di unit apartemen sebelah tinggal beberapa perempuan muda yang tidak pernah "
                "keluar sendiri. Seorang pria selalu menjawab jika mereka disapa. Salah satu dari "
                "mereka pernah berkata ingin pulang, tetapi “utangnya belum lunas”. Apa langkah "
                "yang paling aman?"
            ),
            "choices": [
                _choice(
                    "Catat faktanya (tanggal, jumlah orang, ciri pria itu), lalu laporkan ke "
                    "polisi di 110 atau ke SAPA 129.",
                    "Tepat. Laporan dengan fakta yang jelas membantu petugas bertindak. Identitas "
                    "saksi dan korban wajib dirahasiakan (Pasal 44 UU 21/2007).",
                    correct=True,
                ),
                _choice(
                    "Ketuk pintunya dan tegur pria itu.",
                    "Kurang tepat. Menghadapi orang yang dicurigai sebagai pelaku bisa "
                    "membahayakan Anda dan para perempuan itu. Serahkan kepada petugas.",
                ),
                _choice(
                    "Rekam video mereka dan unggah ke media sosial agar viral.",
                    "Kurang tepat. Kemlu (2018) meminta masyarakat melapor, bukan hanya "
                    "mengunggah: unggahan viral butuh berhari-hari, sedangkan laporan bisa "
                    "ditindaklanjuti hari itu juga. Video juga membuka identitas korban.",
                ),
                _choice(
                    "Diam saja, karena mereka orang dewasa dan mungkin setuju.",
                    "Kurang tepat. Menurut Protokol Palermo, persetujuan tidak berarti apa-apa "
                    "jika ada penipuan atau penyalahgunaan posisi rentan. Jeratan utang dan "
                    "larangan pergi adalah tanda kerja paksa.",
                ),
            ],
            "explanation": (
                "Tandanya cocok dengan daftar Departemen Luar Negeri Amerika Serikat (2024): "
                "tidak bisa bicara sendiri, orang lain menjawab untuknya, dan ada utang yang "
                "mengikat. Warga sebaiknya tidak bertindak sendiri. Catat fakta, lalu laporkan."
            ),
        },
    ),
]

FINAL_QUESTIONS = [
    # 1
    (
        "single_choice",
        {
            "question": (
                "Sepupu Anda mendapat pesan dari sebuah akun pribadi: “Ada lowongan layanan "
                "pelanggan di Myanmar, gaji 1.000 dolar AS, syaratnya cuma bisa mengetik. Kirim "
                "foto paspor hari ini juga, kuotanya terbatas.” Apa saran terbaik untuknya?"
            ),
            "choices": [
                _choice(
                    "Kirim foto paspor sekarang, nanti baru dicek.",
                    "Kurang tepat. Mengirim data pribadi sejak awal adalah tanda bahaya (Kemnaker, "
                    "2022). Desakan “kuota terbatas” membuat orang tidak sempat memeriksa.",
                ),
                _choice(
                    "Ambil saja, karena syarat yang ringan berarti pekerjaannya mudah.",
                    "Kurang tepat. Syarat sangat ringan dengan gaji sangat tinggi justru tanda "
                    "bahaya utama (Kemnaker, 2022).",
                ),
                _choice(
                    "Jangan kirim dokumen atau uang. Periksa dulu perekrutnya ke Disnaker atau "
                    "KP2MI, dan bicarakan dengan keluarga.",
                    "Tepat. Tawaran ini punya beberapa tanda bahaya: akun pribadi, gaji tinggi "
                    "dengan syarat ringan, dan Myanmar yang menurut KP2MI (April 2025) tidak punya "
                    "perjanjian penempatan pekerja dengan Indonesia.",
                    correct=True,
                ),
                _choice(
                    "Minta perekrut bersumpah bahwa tawarannya asli.",
                    "Kurang tepat. Janji perekrut tidak bisa menggantikan pemeriksaan lewat pihak "
                    "resmi seperti SISKOP2MI, Disnaker, atau KP2MI.",
                ),
            ],
            "explanation": (
                "Menurut Kemlu, lowongan “layanan pelanggan” bergaji 1.000–1.200 dolar AS di "
                "media sosial menjadi umpan ke kompleks penipuan daring. Korban di Myawaddy, "
                "Myanmar, paling sulit dijangkau karena daerah itu dikuasai kelompok bersenjata "
                "(Tempo, 4 Juli 2024). Pelakunya dapat dijerat Pasal 4 UU 21/2007."
            ),
        },
    ),
    # 2
    (
        "true_false",
        {
            "statement": (
                "Jika perekrut menyuruh Anda berangkat kerja dengan visa kunjungan dan berkata "
                "kontraknya akan ditandatangani di negara tujuan, itu tanda bahaya."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Visa kunjungan dan kontrak “nanti di sana” adalah dua tanda bahaya "
                "menurut Kemnaker (2022). Pasal 13 UU 18/2017 mewajibkan visa kerja dan "
                "perjanjian kerja sebelum berangkat."
            ),
            "feedback_false": (
                "Kurang tepat. Ini memang tanda bahaya. Hanya visa kerja yang mengizinkan Anda "
                "bekerja secara sah, dan kontrak kerja wajib ada sebelum berangkat (Pasal 13 "
                "UU 18/2017)."
            ),
            "explanation": (
                "KJRI Johor Bahru (2025) juga mengingatkan tawaran berangkat lewat “pihak ketiga” "
                "tanpa visa kerja dan kontrak kerja resmi. Tanpa kedua dokumen ini, jangan "
                "berangkat."
            ),
        },
    ),
    # 3
    (
        "red_flags",
        {
            "title": "Tandai tanda bahaya: pesan dari perekrut",
            "scenario": (
                "<p><i>Percakapan rekaan untuk latihan. Nama dan nomor tidak nyata.</i></p>"
                "<p>Pak Joni (0813-xxxx-xxxx) mengirim pesan kepada Andi (nama samaran):</p>"
                "<ul><li>“Ada kerja operator komputer di Thailand. Gaji Rp25 juta per bulan, "
                "tidak perlu ijazah.”</li>"
                "<li>“Pelamar minimal berusia 18 tahun ya.”</li>"
                "<li>“Ada biaya proses Rp3 juta, transfer hari ini.”</li>"
                "<li>“Berangkatnya pakai visa kunjungan saja, nanti diurus di sana.”</li>"
                "<li>“Kontraknya belum ada, ditandatangani setelah sampai.”</li>"
                "<li>“Kalau ditanya petugas imigrasi, bilang mau liburan.”</li></ul>"
            ),
            "image": "",
            "image_alt": "",
            "statements": [
                _statement(
                    "Gaji Rp25 juta per bulan tanpa perlu ijazah.",
                    "Tanda bahaya. Syarat sangat ringan dengan gaji sangat tinggi ada dalam "
                    "daftar Kemnaker (2022).",
                    suspicious=True,
                ),
                _statement(
                    "Pelamar minimal berusia 18 tahun.",
                    "Bukan tanda bahaya. Usia paling rendah 18 tahun memang syarat pekerja "
                    "migran menurut Pasal 5 UU 18/2017.",
                    suspicious=False,
                ),
                _statement(
                    "Pekerjaannya sebagai operator komputer.",
                    "Bukan tanda bahaya. Jenis pekerjaannya sendiri wajar. Yang perlu dicurigai "
                    "adalah cara dan syarat tawarannya.",
                    suspicious=False,
                ),
                _statement(
                    "Ada biaya proses Rp3 juta yang harus ditransfer hari ini.",
                    "Tanda bahaya. Diminta membayar di awal ada dalam daftar Kemnaker (2022), dan "
                    "pekerja migran tidak boleh dibebani biaya penempatan (Pasal 30 ayat (1) "
                    "UU 18/2017).",
                    suspicious=True,
                ),
                _statement(
                    "Berangkat dengan visa kunjungan.",
                    "Tanda bahaya. Bekerja di luar negeri harus memakai visa kerja (Pasal 13 "
                    "UU 18/2017).",
                    suspicious=True,
                ),
                _statement(
                    "Kontrak kerja baru ditandatangani setelah sampai.",
                    "Tanda bahaya. Tidak ada kontrak kerja sebelum berangkat ada dalam daftar "
                    "Kemnaker (2022); kontrak wajib ada menurut Pasal 13 UU 18/2017.",
                    suspicious=True,
                ),
                _statement(
                    "Diminta bilang “mau liburan” kepada petugas imigrasi.",
                    "Tanda bahaya. Kemlu (2022) mengingatkan agar tidak mau diminta memberi data "
                    "atau keterangan palsu saat berangkat.",
                    suspicious=True,
                ),
            ],
            "explanation": (
                "Pesan ini memuat lima tanda bahaya. Negara tujuannya, Thailand, menurut KP2MI "
                "(April 2025) juga tidak punya perjanjian penempatan pekerja dengan Indonesia. "
                "Batas usia 18 tahun dan pekerjaan operator komputer bukan tanda bahaya. Orang "
                "perseorangan yang menempatkan pekerja migran diancam Pasal 81 UU 18/2017."
            ),
        },
    ),
    # 4
    (
        "single_choice",
        {
            "question": (
                "Joko (nama samaran), mahasiswa, ditawari “program beasiswa dan magang” ke luar "
                "negeri di luar jadwal kuliah. Perekrut bilang kampus tidak perlu tahu. Apa yang "
                "sebaiknya Joko lakukan lebih dulu?"
            ),
            "choices": [
                _choice(
                    "Langsung mendaftar, karena beasiswa selalu menguntungkan.",
                    "Kurang tepat. KemenPPPA (2023) menyebut tawaran magang dan beasiswa sebagai "
                    "modus baru perdagangan orang.",
                ),
                _choice(
                    "Memastikan ke bagian akademik kampus bahwa program itu program resmi.",
                    "Tepat. Program “magang” di luar jadwal akademik yang bukan program resmi "
                    "kampus adalah tanda bahaya, seperti dalam kasus ferienjob (2023).",
                    correct=True,
                ),
                _choice(
                    "Merahasiakannya dari kampus sesuai saran perekrut.",
                    "Kurang tepat. Diminta merahasiakan dari kampus membuat Joko tidak bisa "
                    "memeriksa tawarannya. Diskusikan dengan tiga orang (MTV EXIT Indonesia, "
                    "2012).",
                ),
                _choice(
                    "Berangkat saja, karena sebagai mahasiswa ia dilindungi UU Pelindungan "
                    "Pekerja Migran.",
                    "Kurang tepat. Menurut Pasal 4 ayat (2) UU 18/2017, pelajar dan peserta "
                    "pelatihan di luar negeri bukan pekerja migran, jadi tidak mendapat "
                    "perlindungan itu.",
                ),
            ],
            "explanation": (
                "Dalam kasus ferienjob (Oktober–Desember 2023), sekitar 1.047 mahasiswa dari "
                "puluhan kampus berangkat ke Jerman lewat program yang disebut magang, tetapi "
                "melakukan kerja kasar. Kemendikbudristek menyatakan program itu tidak pernah "
                "menjadi bagian dari MBKM (Okezone dan Tribun Jambi, Maret 2024)."
            ),
        },
    ),
    # 5
    (
        "multiple_choice",
        {
            "question": (
                "Ibu Dewi (nama samaran) di Jakarta Utara didatangi perantara yang menawarkan "
                "perjodohan untuk anak perempuannya dengan pria di Tiongkok. Mana saja tanda "
                "bahaya pengantin pesanan? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Semua biaya menikah dan tiket ditanggung perantara.",
                    "Benar, ini tanda bahaya. “Semua biaya ditanggung” ada dalam daftar Kemnaker "
                    "(2022), dan perkawinan diatur perantara demi bayaran.",
                    correct=True,
                ),
                _choice(
                    "Perantara menjanjikan kiriman uang bulanan dari suami yang kaya.",
                    "Benar, ini tanda bahaya. KBRI Beijing (2024) melaporkan janji suami kaya, "
                    "padahal banyak suami ternyata buruh di desa.",
                    correct=True,
                ),
                _choice(
                    "Setelah menikah, paspor akan disimpan keluarga suami “supaya aman”.",
                    "Benar, ini tanda bahaya. KBRI Beijing (2024) melaporkan paspor korban "
                    "dipegang suami. Paspor adalah milik pemegangnya.",
                    correct=True,
                ),
                _choice(
                    "Ibu Dewi meminta waktu untuk bertanya ke SAPA 129.",
                    "Ini bukan tanda bahaya, justru langkah yang aman. Bertanya dulu sebelum "
                    "memutuskan melindungi keluarga.",
                ),
                _choice(
                    "Anak Ibu Dewi tetap memegang paspor dan ponselnya sendiri.",
                    "Ini bukan tanda bahaya. Memegang dokumen dan ponsel sendiri adalah cara "
                    "melindungi diri (MTV EXIT Indonesia, 2012).",
                ),
            ],
            "explanation": (
                "Menurut KBRI Beijing (April 2024), korban pengantin pesanan paling banyak dari "
                "Kalimantan Barat, tetapi modusnya menyebar ke Jakarta, Banten, dan Jawa Barat. "
                "Pelakunya dapat dijerat Pasal 4 UU 21/2007. Pemaksaan perkawinan juga tindak "
                "pidana menurut Pasal 4 ayat (1) UU 12/2022 tentang TPKS."
            ),
        },
    ),
    # 6
    (
        "true_false",
        {
            "statement": (
                "Perekrut yang membawa orang ke luar negeri untuk diambil ginjalnya dapat "
                "dijerat UU 21/2007 tentang perdagangan orang, meskipun korbannya menerima "
                "bayaran."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Dalam kasus jaringan ginjal Bekasi–Phnom Penh (2023), korban dibayar, "
                "tetapi para pelaku tetap dijerat Pasal 2 dan Pasal 4 UU 21/2007."
            ),
            "feedback_false": (
                "Kurang tepat. Bayaran tidak menghapus kejahatannya. Pengambilan organ termasuk "
                "eksploitasi menurut Protokol Palermo, dan pelaku kasus ginjal Bekasi–Phnom Penh "
                "(2023) dijerat Pasal 2 dan Pasal 4 UU 21/2007."
            ),
            "explanation": (
                "Korban kasus ini direkrut lewat grup Facebook “Donor Ginjal”, banyak yang "
                "kehilangan pekerjaan saat pandemi, dan hanya menerima Rp135 juta dari nilai "
                "Rp200 juta (Tempo, 21 Juli 2023). Seorang petugas imigrasi dijerat Pasal 8 "
                "(Riau Pos, 22 Juli 2023)."
            ),
        },
    ),
    # 7
    (
        "true_false",
        {
            "statement": (
                "Orang yang dibujuk bekerja di Jakarta lalu disekap di sebuah apartemen bisa "
                "menjadi korban perdagangan orang, meskipun ia tidak pernah keluar dari "
                "Indonesia."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Pasal 2 ayat (1) UU 21/2007 mengatur perdagangan orang di dalam wilayah "
                "Indonesia. Pejabat Jakarta Barat (2023) melaporkan orang dewasa yang dibujuk "
                "gaji besar lalu disekap."
            ),
            "feedback_false": (
                "Kurang tepat. Perdagangan orang tidak harus lintas negara. Pasal 2 ayat (1) "
                "UU 21/2007 mengatur perdagangan orang di dalam Indonesia, termasuk di Jakarta."
            ),
            "explanation": (
                "Pejabat menyebut DKI Jakarta sebagai daerah tujuan dan transit terbesar kedua "
                "setelah Tanjung Pinang (Pemkot Jakarta Barat, 2024). Ancaman Pasal 2 ayat (1): "
                "penjara 3–15 tahun dan denda Rp120 juta–Rp600 juta."
            ),
        },
    ),
    # 8
    (
        "single_choice",
        {
            "question": (
                "Keponakan Anda, 16 tahun, ditawari seseorang di media sosial pekerjaan “model "
                "foto” di sebuah apartemen di Jakarta, dibayar tunai, dan diminta tidak memberi "
                "tahu orang tuanya. Apa yang paling tepat dilakukan?"
            ),
            "choices": [
                _choice(
                    "Izinkan, asalkan ia pergi bersama temannya.",
                    "Kurang tepat. Ditemani teman tidak membuatnya aman. Anak di bawah 18 tahun "
                    "tidak bisa dianggap setuju untuk dieksploitasi (Protokol Palermo).",
                ),
                _choice(
                    "Datangi apartemen itu sendiri untuk memergoki orangnya.",
                    "Kurang tepat. Menghadapi pelaku sendiri bisa membahayakan Anda dan keponakan "
                    "Anda. Serahkan kepada petugas.",
                ),
                _choice(
                    "Ajak ia bercerita tanpa menyalahkan, simpan bukti pesannya, lalu laporkan ke "
                    "SAPA 129 atau polisi di 110.",
                    "Tepat. Keponakan Anda adalah calon korban, bukan pelaku. SAPA 129 menerima "
                    "laporan dari siapa saja yang melihat atau mendengar kekerasan terhadap anak, "
                    "termasuk TPPO.",
                    correct=True,
                ),
                _choice(
                    "Hapus akun media sosialnya dan anggap masalahnya selesai.",
                    "Kurang tepat. Menghapus akun juga menghapus bukti, dan orang yang membujuk "
                    "tetap bisa mencari anak lain. Laporkan.",
                ),
            ],
            "explanation": (
                "KPAI mencatat 234 anak korban TPPO dan eksploitasi pada Januari–April 2021; dari "
                "35 kasus yang ditanganinya, 60 persen lewat media sosial (Kumparan, 2022). Jika "
                "korbannya anak, ancaman pidana ditambah sepertiga (Pasal 17 UU 21/2007)."
            ),
        },
    ),
    # 9
    (
        "single_choice",
        {
            "question": (
                "Seorang “sponsor” menunjukkan kartu nama perusahaan penyalur dan berkata "
                "perusahaannya resmi. Langkah mana yang benar-benar memastikan hal itu?"
            ),
            "choices": [
                _choice(
                    "Mempercayai kartu nama itu, karena dicetak dengan rapi.",
                    "Kurang tepat. Kartu nama tidak membuktikan izin. Izin harus diperiksa lewat "
                    "sumber resmi.",
                ),
                _choice(
                    "Bertanya kepada calon pekerja lain yang juga direkrut sponsor itu.",
                    "Kurang tepat. Mereka mungkin juga belum memeriksa. Kebanyakan korban justru "
                    "kenal dengan perekrutnya (MTV EXIT Indonesia, 2012).",
                ),
                _choice(
                    "Memeriksa izin SIP3MI perusahaan itu di SISKOP2MI dan menanyakannya ke "
                    "Disnaker, BP3MI, atau KP2MI.",
                    "Tepat. P3MI wajib punya izin SIP3MI dari Kementerian P2MI, dan izin itu bisa "
                    "diperiksa di portal SISKOP2MI.",
                    correct=True,
                ),
                _choice(
                    "Meminta sponsor menunjukkan akun media sosial perusahaannya.",
                    "Kurang tepat. Akun media sosial tidak membuktikan izin. Lowongan dari akun "
                    "perorangan justru tanda bahaya (Kemnaker, 2022).",
                ),
            ],
            "explanation": (
                "Sponsor perseorangan tidak boleh menempatkan pekerja migran; ancamannya penjara "
                "paling lama 10 tahun dan denda paling banyak Rp15 miliar (Pasal 81 UU "
                "18/2017). Datangi juga kantornya secara langsung (BP2MI, 2023)."
            ),
        },
    ),
    # 10
    (
        "multiple_choice",
        {
            "question": (
                "Bu Ani (nama samaran) akan bekerja di luar negeri lewat jalur resmi. Menurut "
                "Pasal 13 UU 18/2017, dokumen mana saja yang harus sudah ada sebelum ia "
                "berangkat? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Perjanjian penempatan",
                    "Benar. Perjanjian penempatan termasuk dokumen wajib menurut Pasal 13.",
                    correct=True,
                ),
                _choice(
                    "Visa kerja",
                    "Benar. Hanya visa kerja yang mengizinkan Bu Ani bekerja secara sah.",
                    correct=True,
                ),
                _choice(
                    "Sertifikat kompetensi kerja",
                    "Benar. Sertifikat kompetensi termasuk dokumen wajib menurut Pasal 13.",
                    correct=True,
                ),
                _choice(
                    "Surat keterangan sehat dan hasil pemeriksaan psikologi",
                    "Benar. Keduanya termasuk dokumen wajib menurut Pasal 13.",
                    correct=True,
                ),
                _choice(
                    "Surat dari sponsor bahwa “biaya proses” sudah lunas",
                    "Salah. Pekerja migran tidak boleh dibebani biaya penempatan (Pasal 30 ayat "
                    "(1) UU 18/2017), jadi tidak ada “biaya proses” yang harus dilunasi.",
                ),
                _choice(
                    "Visa kunjungan yang katanya diubah di negara tujuan",
                    "Salah. Visa kunjungan tidak mengizinkan bekerja. Berangkat kerja dengan visa "
                    "kunjungan adalah tanda bahaya (Kemnaker, 2022).",
                ),
            ],
            "explanation": (
                "Dokumen wajib menurut Pasal 13 UU 18/2017: surat keterangan status perkawinan, "
                "surat izin keluarga yang diketahui lurah atau kepala desa, sertifikat "
                "kompetensi, surat sehat dan hasil pemeriksaan psikologi, paspor, visa kerja, "
                "perjanjian penempatan, dan perjanjian kerja."
            ),
        },
    ),
    # 11
    (
        "true_false",
        {
            "statement": (
                "Menurut UU 18/2017, pekerja migran Indonesia tidak boleh dibebani biaya "
                "penempatan."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Pasal 30 ayat (1) UU 18/2017 menyatakan pekerja migran tidak boleh "
                "dibebani biaya penempatan."
            ),
            "feedback_false": (
                "Kurang tepat. Pernyataan ini benar: Pasal 30 ayat (1) UU 18/2017 melarang "
                "membebankan biaya penempatan kepada pekerja migran. Permintaan “biaya proses” "
                "adalah tanda bahaya."
            ),
            "explanation": (
                "Membebankan kepada pekerja biaya yang sudah ditanggung pemberi kerja diancam "
                "penjara paling lama 5 tahun dan denda paling banyak Rp15 miliar (Pasal 86 "
                "bersama Pasal 72 huruf a UU 18/2017)."
            ),
        },
    ),
    # 12
    (
        "multiple_choice",
        {
            "question": (
                "Mira (nama samaran) bekerja di sebuah rumah di Jakarta. Gajinya tidak pernah "
                "dibayar, ia tidak boleh memegang ponsel atau menemui siapa pun, dan majikan "
                "mengancam akan menyakiti keluarganya jika ia pergi. Tanda kerja paksa mana saja "
                "yang terlihat? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Upah ditahan",
                    "Benar. Gaji yang tidak dibayar adalah indikator kerja paksa ILO (2012).",
                    correct=True,
                ),
                _choice(
                    "Dijauhkan dari orang lain",
                    "Benar. Dilarang memegang ponsel dan menemui orang lain adalah indikator "
                    "kerja paksa ILO (2012).",
                    correct=True,
                ),
                _choice(
                    "Intimidasi dan ancaman",
                    "Benar. Ancaman terhadap keluarga adalah indikator kerja paksa ILO (2012).",
                    correct=True,
                ),
                _choice(
                    "Mira bekerja sebagai pekerja rumah tangga",
                    "Salah. Jenis pekerjaannya bukan tanda kerja paksa. Yang menjadi tanda adalah "
                    "cara ia dikendalikan.",
                ),
                _choice(
                    "Mira bekerja di Jakarta, bukan di luar negeri",
                    "Salah. Tempat kerjanya bukan tanda kerja paksa. Kerja paksa bisa terjadi di "
                    "dalam negeri maupun di luar negeri.",
                ),
            ],
            "explanation": (
                "ILO (2012) menerbitkan 11 indikator kerja paksa, antara lain upah ditahan, "
                "dijauhkan dari orang lain, serta intimidasi dan ancaman. Satu indikator saja "
                "bisa sudah cukup. Daftar Departemen Luar Negeri Amerika Serikat (2024) juga "
                "menyebut pekerja yang tidak dibayar sebagai tanda korban."
            ),
        },
    ),
    # 13
    (
        "single_choice",
        {
            "question": (
                "Anda pengurus RT. Di sebuah rumah kontrakan baru tinggal delapan calon pekerja "
                "yang katanya menunggu berangkat ke luar negeri. Mereka tidak pernah lapor RT, "
                "dan perekrutnya melarang mereka keluar rumah. Apa langkah yang paling tepat?"
            ),
            "choices": [
                _choice(
                    "Biarkan saja, karena urusan pekerja migran bukan urusan RT.",
                    "Kurang tepat. Pada 2023, RT/RW di Jakarta Timur diminta memantau pendatang "
                    "baru dalam 2×24 jam sebagai langkah pencegahan (Antara, 2023).",
                ),
                _choice(
                    "Datangi perekrut itu sendirian dan minta ia menunjukkan izinnya.",
                    "Kurang tepat. Menghadapi orang yang dicurigai sebagai pelaku bisa "
                    "membahayakan Anda dan para calon pekerja. Serahkan kepada petugas.",
                ),
                _choice(
                    "Usir semua calon pekerja itu dari lingkungan RT.",
                    "Kurang tepat. Para calon pekerja mungkin korban. Mengusir mereka tidak "
                    "menolong dan membuat mereka makin sulit ditemukan.",
                ),
                _choice(
                    "Catat faktanya, lalu laporkan ke polisi di 110 atau ke KP2MI.",
                    "Tepat. Penampungan calon pekerja oleh perekrut palsu pernah digerebek di "
                    "Kalibata City (2024). Laporan dengan fakta yang jelas membantu petugas "
                    "bertindak.",
                    correct=True,
                ),
            ],
            "explanation": (
                "Calon pekerja yang ditampung dan dilarang keluar menunjukkan tanda kebebasan "
                "bergerak dibatasi (ILO, 2012). Warga sebaiknya tidak bertindak sendiri. "
                "Identitas saksi dan korban wajib dirahasiakan (Pasal 44 UU 21/2007)."
            ),
        },
    ),
]

PRACTICE_CHECK_FIRST_QUESTIONS = [
    (
        "single_choice",
        {
            "question": (
                "Kontrak kerja yang diberikan agen kepada Anda tidak menyebut besar upah dan jam "
                "kerja. Apa yang sebaiknya Anda lakukan?"
            ),
            "choices": [
                _choice(
                    "Tanda tangan saja, upah bisa dibicarakan setelah tiba.",
                    "Kurang tepat. Kontrak yang tidak jelas adalah tanda bahaya (Kemnaker, 2022). "
                    "Tanpa upah yang tertulis, Anda tidak punya pegangan jika nanti tidak dibayar.",
                ),
                _choice(
                    "Jangan tanda tangan dulu. Minta kontrak yang lengkap dan tanyakan ke "
                    "Disnaker atau KP2MI.",
                    "Tepat. Menurut Pasal 15 UU 18/2017, kontrak kerja harus menyebut upah dan "
                    "cara pembayarannya, jam kerja, dan hal penting lainnya.",
                    correct=True,
                ),
                _choice(
                    "Cukup minta agen menjelaskan upahnya secara lisan.",
                    "Kurang tepat. Janji lisan sulit dibuktikan. Upah dan jam kerja harus "
                    "tertulis di kontrak (Pasal 15 UU 18/2017).",
                ),
            ],
            "explanation": (
                "Pasal 15 UU 18/2017: kontrak kerja harus menyebut pemberi kerja, jenis "
                "pekerjaan, hak dan kewajiban, jam kerja, upah dan cara pembayarannya, cuti, "
                "jaminan sosial atau asuransi, lama kontrak, dan jaminan keselamatan."
            ),
        },
    ),
    (
        "true_false",
        {
            "statement": (
                "Pekerja migran yang tidak terdaftar di SISKOP2MI bisa tidak mendapat "
                "perlindungan negara, jaminan sosial, dan bantuan saat di luar negeri."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Ini disampaikan BP3MI Sulawesi Tengah (Januari 2026). Karena itu, "
                "pastikan Anda terdaftar sebelum berangkat."
            ),
            "feedback_false": (
                "Kurang tepat. Menurut BP3MI Sulawesi Tengah (Januari 2026), pekerja yang tidak "
                "terdaftar di SISKOP2MI bisa tidak mendapat perlindungan negara."
            ),
            "explanation": (
                "SISKOP2MI adalah sistem pemerintah untuk mendaftarkan calon pekerja migran dan "
                "memeriksa izin P3MI. Jalur resmi lain adalah lewat SIAPkerja milik Kemnaker "
                "(Antara, 2024)."
            ),
        },
    ),
    (
        "multiple_choice",
        {
            "question": (
                "Mana saja yang termasuk “tiga kunci migrasi aman” dari kampanye MTV EXIT "
                "Indonesia (2012)? Pilih semua yang benar."
            ),
            "choices": [
                _choice(
                    "Jangan buru-buru; tanyakan dan diskusikan dengan tiga orang.",
                    "Benar. Ini kunci pertama.",
                    correct=True,
                ),
                _choice(
                    "Jangan mudah percaya, juga kepada orang yang Anda kenal.",
                    "Benar. Ini kunci kedua: kebanyakan korban kenal dengan perekrutnya.",
                    correct=True,
                ),
                _choice(
                    "Jangan serahkan HP, KTP, paspor, atau uang kepada siapa pun.",
                    "Benar. Ini kunci ketiga.",
                    correct=True,
                ),
                _choice(
                    "Pilih tawaran dengan gaji paling tinggi.",
                    "Salah. Gaji sangat tinggi dengan syarat ringan justru tanda bahaya "
                    "(Kemnaker, 2022).",
                ),
                _choice(
                    "Titipkan paspor kepada sponsor supaya aman.",
                    "Salah. Paspor yang ditahan orang lain adalah tanda kerja paksa (ILO, 2012). "
                    "Pegang sendiri dokumen Anda.",
                ),
            ],
            "explanation": (
                "Tiga kunci migrasi aman (MTV EXIT Indonesia, 2012): jangan buru-buru, jangan "
                "mudah percaya, dan jangan serahkan HP, KTP, paspor, atau uang kepada siapa pun."
            ),
        },
    ),
]

COURSE = {
    "slug": "waspada-modus-perekrutan",
    "title": "Waspada Modus Perekrutan",
    "summary": (
        "Kursus singkat untuk mengenali bujukan pelaku perdagangan orang (TPPO): lowongan kerja "
        "palsu, penipuan daring di luar negeri, magang dan beasiswa palsu, pengantin pesanan, "
        "jual-beli ginjal, dan pola di Jakarta. Anda belajar tanda bahaya, cara memeriksa tawaran "
        "kerja dan agen, serta ke mana melapor. Sumber dicantumkan di setiap pelajaran."
    ),
    "audience": (
        "Pencari kerja, pelajar dan mahasiswa, orang tua, pengurus RT/RW, dan siapa saja yang "
        "ingin melindungi keluarga dan tetangganya"
    ),
    "estimated_minutes": 50,
    "objectives": [
        "Mengenali bujukan lowongan kerja palsu dan perekrutan ke kompleks penipuan daring di "
        "luar negeri.",
        "Mengenali tanda bahaya pada tawaran magang, beasiswa, perjodohan, dan jual-beli ginjal.",
        "Menjelaskan pola perekrutan dan eksploitasi yang dilaporkan di Jakarta, seperti di "
        "hotel, apartemen, dan aplikasi pesan.",
        "Memeriksa tawaran kerja ke luar negeri dan agen penyalurnya lewat jalur resmi sebelum "
        "berangkat.",
        "Mengenali jeratan utang dan dokumen yang ditahan, lalu melapor tanpa membahayakan diri "
        "sendiri atau korban.",
    ],
    "lessons": [
        LESSON_FAKE_JOBS,
        LESSON_OTHER_LURES,
        LESSON_JAKARTA,
        LESSON_CHECK_FIRST,
        LESSON_DEBT_AND_DOCUMENTS,
    ],
    "quizzes": [
        {
            "slug": "pra-tes",
            "title": "Pra-tes: Waspada Modus Perekrutan",
            "kind": "pretest",
            "intro": (
                "Pra-tes ini mengukur apa yang sudah Anda ketahui sebelum belajar. Tidak apa-apa "
                "jika belum tahu jawabannya. Pra-tes hanya bisa dikerjakan sekali. Hasilnya "
                "dibandingkan dengan tes akhir untuk melihat kemajuan Anda."
            ),
            "pass_mark": 70,
            "max_attempts": 1,
            "after_lesson": None,
            "questions": PRETEST_QUESTIONS,
        },
        {
            "slug": "latihan-cek-dulu",
            "title": "Latihan: Cek Dulu Sebelum Berangkat",
            "kind": "practice",
            "intro": (
                "Tiga soal singkat untuk mengulang cara memeriksa tawaran kerja dan agen. Boleh "
                "dikerjakan berkali-kali."
            ),
            "pass_mark": 70,
            "max_attempts": 0,
            "after_lesson": "cek-dulu-tawaran-kerja-dan-agen",
            "questions": PRACTICE_CHECK_FIRST_QUESTIONS,
        },
        {
            "slug": "tes-akhir",
            "title": "Tes Akhir: Waspada Modus Perekrutan",
            "kind": "final",
            "intro": (
                "Tes akhir mencakup semua pelajaran dalam kursus ini. Nilai lulusnya 70. Anda "
                "boleh mengulang sampai lulus, dan setiap jawaban disertai penjelasan."
            ),
            "pass_mark": 70,
            "max_attempts": 0,
            "after_lesson": None,
            "questions": FINAL_QUESTIONS,
        },
    ],
}
