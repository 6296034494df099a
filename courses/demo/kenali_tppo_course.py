"""Demo course "Kenali TPPO": what human trafficking (TPPO) is, myths, who is at risk, children,
victims' rights and penalties, with a pre-test and a parallel final test.

Written in Indonesian from the verified ([V]) items of shared/content/fact-brief.md only. Every
figure names its year and source; every lesson ends with the sources it used. Scenario cards are
illustrations with pseudonyms built from reported patterns, never presented as real cases.
Question N of the pre-test and question N of the final test test the same learning point in
different words, so knowledge gain can be computed per item.
"""

HELP_TEXT = (
    "Curiga ada kejadian seperti ini, atau Anda sendiri butuh bantuan? Lihat halaman Bantuan & "
    "Lapor untuk tahu ke mana menghubungi."
)

LESSON_WHAT_IS_TPPO = {
    "slug": "apa-itu-tppo",
    "title": "Apa Itu TPPO? Proses, Cara, dan Tujuan",
    "intro": (
        "Perdagangan orang tidak selalu berupa penculikan ke luar negeri. Pelajaran ini "
        "menjelaskan arti TPPO menurut UU No. 21 Tahun 2007, tiga unsurnya (proses, cara, dan "
        "tujuan), dan bahwa TPPO bisa terjadi di dalam negeri maupun antarnegara."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Arti TPPO menurut undang-undang", "level": "h2"}),
        (
            "paragraph",
            "<p>TPPO adalah singkatan dari <b>Tindak Pidana Perdagangan Orang</b>. Tindak pidana "
            "artinya perbuatan yang dilarang dan bisa dihukum. Aturan utamanya adalah "
            "Undang-Undang (UU) Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana "
            "Perdagangan Orang. Di kursus ini kami menyingkatnya menjadi UU 21/2007.</p>"
            "<p>Arti perdagangan orang ada di Pasal 1 angka 1 UU 21/2007. Dengan bahasa "
            "sederhana: perdagangan orang adalah perbuatan merekrut, mengangkut, menampung, "
            "mengirim, memindahkan, atau menerima seseorang, dengan cara-cara tertentu seperti "
            "ancaman, penipuan, atau jeratan utang. Tujuannya adalah <b>eksploitasi</b>, atau "
            "membuat orang itu tereksploitasi. Perbuatan ini bisa terjadi di dalam satu negara "
            "maupun antarnegara.</p>"
            "<p><b>Eksploitasi</b> artinya seseorang dimanfaatkan untuk keuntungan orang lain. "
            "Menurut Protokol Palermo, perjanjian internasional tentang perdagangan orang, "
            "eksploitasi paling sedikit mencakup eksploitasi seksual, kerja paksa, perbudakan "
            "atau praktik serupa perbudakan, penghambaan, dan pengambilan organ tubuh.</p>",
        ),
        ("heading", {"text": "Tiga unsur: proses, cara, tujuan", "level": "h2"}),
        (
            "paragraph",
            "<p>Supaya mudah diingat, para pelatih di Indonesia membagi arti tadi menjadi tiga "
            "unsur: <b>proses</b>, <b>cara</b>, dan <b>tujuan</b>. Pembagian ini dipakai, antara "
            "lain, dalam pelatihan IOM (Organisasi Internasional untuk Migrasi) di Jakarta pada "
            "2011.</p>",
        ),
        (
            "image",
            {
                "file": "kenali-tiga-unsur.svg",
                "alt": (
                    "Tiga kotak berpanah. Proses: merekrut, mengangkut, menampung, mengirim, "
                    "memindahkan, menerima. Cara: ancaman, kekerasan, penipuan, pemalsuan, "
                    "penculikan, penyekapan, jeratan utang. Tujuan: eksploitasi, misalnya kerja "
                    "paksa atau eksploitasi seksual."
                ),
                "caption": (
                    "Tiga unsur TPPO menurut Pasal 1 angka 1 UU 21/2007. Untuk korban anak, "
                    "cukup proses dan tujuan."
                ),
            },
        ),
        (
            "paragraph",
            "<ol>"
            "<li><b>Proses</b> adalah apa yang dilakukan pelaku terhadap korban: merekrut "
            "(mengajak atau membujuk), mengangkut, menampung (menahan orang di rumah atau tempat "
            "singgah sebelum dikirim), mengirim, memindahkan, atau menerima.</li>"
            "<li><b>Cara</b> adalah bagaimana pelaku menguasai korban: ancaman kekerasan, "
            "kekerasan, penculikan, penyekapan (dikurung atau ditahan di suatu tempat), "
            "pemalsuan, penipuan, penyalahgunaan kekuasaan atau <b>posisi rentan</b> "
            "(memanfaatkan keadaan sulit korban, misalnya miskin, masih muda, atau menganggur), "
            "penjeratan utang (utang dipakai untuk mengikat korban), atau memberi bayaran kepada "
            "orang yang memegang kendali atas korban.</li>"
            "<li><b>Tujuan</b> adalah eksploitasi, atau membuat orang itu tereksploitasi.</li>"
            "</ol>"
            "<p>Untuk korban dewasa, ketiga unsur ini perlu ada. Untuk korban anak, aturannya "
            "berbeda. Hal ini dibahas di pelajaran keempat.</p>",
        ),
        (
            "scenario",
            {
                "title": "Tawaran kerja di gudang yang berubah menjadi kurungan",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola yang "
                    "dilaporkan pejabat Jakarta Barat (2023): orang dewasa dibujuk dengan gaji "
                    "besar, lalu disekap. Bukan kasus nyata.</i></p>"
                    "<p>Andi (bukan nama sebenarnya), 24 tahun, tinggal di sebuah kota kecil di "
                    "Jawa. Sudah lama ia menganggur. Seorang kenalan menawarinya kerja di gudang "
                    "di Jakarta dengan gaji dua kali lipat upah di kampungnya. Ongkos bus "
                    "ditanggung. Di Jakarta, Andi dan sembilan pemuda lain ditampung di sebuah "
                    "rumah. KTP mereka “dipinjam” mandor. Mereka bekerja dari pagi sampai larut "
                    "malam, dan pintu rumah dikunci setiap malam. Gaji tidak pernah dibayar, "
                    "katanya untuk melunasi “utang ongkos dan makan”.</p>"
                ),
                "question": (
                    "Andi tidak dibawa ke luar negeri, dan ia sendiri setuju berangkat. Apakah "
                    "ini tetap perdagangan orang? Unsur apa saja yang Anda lihat?"
                ),
                "explanation": (
                    "<p>Ya, ketiga unsur ada. <b>Proses</b>: Andi direkrut, diangkut ke Jakarta, "
                    "lalu ditampung. <b>Cara</b>: penipuan (janji gaji besar), penyalahgunaan "
                    "posisi rentan (ia lama menganggur), penyekapan (pintu dikunci), dan "
                    "penjeratan utang (“utang ongkos dan makan”). <b>Tujuan</b>: eksploitasi, "
                    "yaitu kerja paksa tanpa upah.</p>"
                    "<p>Andi memang setuju berangkat, tetapi ia setuju pada janji kerja, bukan "
                    "pada kerja paksa. Menurut Protokol Palermo, persetujuan korban tidak berarti "
                    "apa-apa jika pelaku memakai cara seperti penipuan. Karena terjadi di dalam "
                    "Indonesia, pelaku dapat dijerat Pasal 2 ayat (1) UU 21/2007. Andi tidak "
                    "bersalah. Yang bersalah adalah orang yang menipu dan mengurungnya.</p>"
                ),
            },
        ),
        ("heading", {"text": "Bisa di dalam negeri, bisa antarnegara", "level": "h2"}),
        (
            "paragraph",
            "<p>Banyak orang mengira perdagangan orang selalu berarti dibawa ke luar negeri. "
            "Padahal UU 21/2007 mengatur tiga keadaan:</p>"
            "<ul>"
            "<li><b>Pasal 2 ayat (1)</b>: perdagangan orang di dalam wilayah Indonesia, misalnya "
            "dari desa ke kota.</li>"
            "<li><b>Pasal 3</b>: membawa orang masuk ke Indonesia untuk dieksploitasi di "
            "Indonesia atau di negara lain.</li>"
            "<li><b>Pasal 4</b>: membawa WNI ke luar Indonesia untuk dieksploitasi di luar "
            "negeri.</li>"
            "</ul>"
            "<p>Ancaman hukuman untuk ketiga pasal ini sama. Kita membahasnya di pelajaran "
            "kelima.</p>",
        ),
        ("heading", {"text": "Jakarta: daerah tujuan dan tempat singgah", "level": "h3"}),
        (
            "paragraph",
            "<p>Dalam pertemuan gugus tugas TPPO pada 2024, pejabat menyebut DKI Jakarta sebagai "
            "daerah tujuan dan transit (tempat singgah) terbesar kedua setelah Tanjung Pinang "
            "(Pemkot Jakarta Barat, 26 September 2024). Sebagian besar korban yang ditangani di "
            "Jakarta bukan warga Jakarta (Antara, 2024). Pusat Perlindungan Perempuan dan Anak "
            "(PPA) DKI menangani 37 korban TPPO pada 2023, dan 16 korban pada Januari sampai Juli "
            "2024 (Antara dan Pemkot Jakarta Barat, 2024).</p>"
            "<p>Pejabat Jakarta Barat juga melaporkan pola di wilayahnya: perdagangan orang di "
            "hotel dan apartemen (2022), serta anak yang dipaksa mengamen, perempuan yang "
            "dijadikan budak seks, dan orang dewasa yang dibujuk gaji besar lalu disekap "
            "(2023).</p>",
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "TPPO punya tiga unsur: proses (misalnya merekrut atau menampung), cara "
                    "(misalnya menipu atau menjerat utang), dan tujuan (eksploitasi).",
                    "Eksploitasi artinya seseorang dimanfaatkan untuk keuntungan orang lain, "
                    "misalnya lewat kerja paksa, eksploitasi seksual, atau pengambilan organ.",
                    "TPPO bisa terjadi di dalam Indonesia (Pasal 2), saat orang dibawa masuk ke "
                    "Indonesia (Pasal 3), atau saat WNI dibawa ke luar negeri (Pasal 4).",
                    "Jakarta adalah daerah tujuan dan tempat singgah korban. Pusat PPA DKI "
                    "menangani 37 korban TPPO pada 2023 (Antara, 2024).",
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
                    "SBMI, “Ancaman pidana bagi pelaku TPPO”, tanpa tanggal (sbmi.or.id), untuk "
                    "Pasal 2, 3, dan 4",
                    "JDIH BPHN, abstrak UU No. 21 Tahun 2007 (dev-jdihn.bphn.go.id)",
                    "Perkumpulan Sahabat Insan, catatan pelatihan IOM “Identifikasi Korban "
                    "Trafficking”, Jakarta, Maret 2011",
                    "UN.GIFT, definisi perdagangan orang menurut Protokol Palermo (ungift.org); "
                    "IOM Nigeria, istilah perdagangan orang, 2023 (nigeria.iom.int)",
                    "Pemkot Jakarta Barat, “OPD Pemkot Jakbar ikut pertemuan tim gugus tugas "
                    "TPPO”, 26 September 2024 (barat.jakarta.go.id)",
                    "Antara, “Pemprov DKI perkuat gugus tugas pencegahan TPPO”, 2024 "
                    "(antaranews.com)",
                    "Pemkot Jakarta Barat, sosialisasi penguatan Gugus Tugas TPPO, 6 Oktober 2022 "
                    "(barat.jakarta.go.id)",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023 "
                    "(antaranews.com)",
                ]
            },
        ),
    ],
}

LESSON_MYTHS = {
    "slug": "mitos-dan-fakta",
    "title": "Mitos dan Fakta tentang Perdagangan Orang",
    "intro": (
        "Gambaran yang keliru tentang perdagangan orang bisa membuat kita tidak mengenali korban, "
        "bahkan menyalahkan mereka. Pelajaran ini meluruskan enam mitos yang sering terdengar, "
        "dengan fakta dari undang-undang dan data resmi."
    ),
    "estimated_minutes": 5,
    "body": [
        ("heading", {"text": "Mengapa membahas mitos?", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Mitos</b> adalah anggapan yang dipercaya banyak orang, tetapi tidak benar. "
            "Pelatihan IOM tentang cara mengenali korban, yang diadakan di Jakarta pada 2011, "
            "juga mengajak peserta membedakan mitos dan fakta. Mitos bisa berbahaya: orang tidak "
            "melapor karena mengira yang dilihatnya “bukan TPPO”, dan korban disalahkan atas hal "
            "yang bukan salahnya.</p>",
        ),
        (
            "image",
            {
                "file": "kenali-mitos-fakta.svg",
                "alt": (
                    "Tiga mitos dan faktanya. TPPO tidak harus ke luar negeri (Pasal 2 UU "
                    "21/2007). Setuju karena ditipu tidak berarti apa-apa. Laki-laki juga bisa "
                    "menjadi korban: 396 laki-laki dan 302 perempuan, Januari–Juli 2024 (Bareskrim "
                    "Polri)."
                ),
                "caption": "Tiga mitos yang paling sering terdengar, dan faktanya.",
            },
        ),
        (
            "heading",
            {"text": "Mitos 1: “Perdagangan orang pasti melewati batas negara.”", "level": "h3"},
        ),
        (
            "paragraph",
            "<p><b>Fakta:</b> Tidak harus. Pasal 2 ayat (1) UU 21/2007 mengatur perdagangan orang "
            "di dalam wilayah Indonesia. Seseorang yang dibawa dari kampung ke Jakarta lalu "
            "dipaksa bekerja tanpa upah juga bisa menjadi korban TPPO. Pola yang dilaporkan di "
            "Jakarta Barat, seperti perdagangan orang di hotel dan apartemen (2022), terjadi di "
            "dalam kota.</p>",
        ),
        (
            "heading",
            {"text": "Mitos 2: “Kalau korban sudah setuju, itu bukan TPPO.”", "level": "h3"},
        ),
        (
            "paragraph",
            "<p><b>Fakta:</b> Banyak korban memang setuju berangkat, karena mereka dijanjikan "
            "pekerjaan yang baik. Mereka setuju pada janji itu, bukan pada eksploitasi. Menurut "
            "Pasal 3 huruf (b) Protokol Palermo, persetujuan korban tidak berarti apa-apa jika "
            "pelaku memakai salah satu cara terlarang, misalnya penipuan, ancaman, atau "
            "penyalahgunaan posisi rentan. Untuk anak, unsur cara bahkan tidak diperlukan sama "
            "sekali (pelajaran keempat).</p>",
        ),
        ("heading", {"text": "Mitos 3: “Korbannya hanya perempuan.”", "level": "h3"}),
        (
            "paragraph",
            "<p><b>Fakta:</b> Laki-laki juga bisa menjadi korban. Data Bareskrim Polri untuk "
            "Januari sampai Juli 2024 justru mencatat lebih banyak korban laki-laki (396 orang) "
            "daripada perempuan (302 orang) (Kemenko PMK melalui Sindonews, 15 Juli 2024). "
            "Pelajaran ketiga membahasnya lebih jauh.</p>",
        ),
        ("heading", {"text": "Mitos 4: “Korban pasti diculik atau dirantai.”", "level": "h3"}),
        (
            "paragraph",
            "<p><b>Fakta:</b> Penculikan hanya salah satu cara. Pelaku lebih sering memakai cara "
            "yang tidak terlihat: tipuan, utang yang tidak pernah lunas, ancaman, atau dokumen "
            "yang ditahan. Organisasi Perburuhan Internasional (ILO) pada 2012 menyusun 11 tanda "
            "kerja paksa, antara lain penipuan, jeratan utang, kebebasan bergerak dibatasi, "
            "dokumen identitas ditahan, dan upah ditahan. Jadi, korban bisa saja terlihat bebas "
            "berjalan di luar, tetapi tidak bisa berhenti bekerja atau pulang.</p>",
        ),
        (
            "heading",
            {"text": "Mitos 5: “Pelakunya pasti orang asing yang tidak dikenal.”", "level": "h3"},
        ),
        (
            "paragraph",
            "<p><b>Fakta:</b> Kampanye MTV EXIT Indonesia (2012) mengingatkan bahwa kebanyakan "
            "korban kenal dengan orang yang merekrutnya. Perekrut bisa tetangga, teman, kerabat, "
            "atau kenalan di media sosial. Pelaku juga bisa orang yang punya jabatan. Dalam kasus "
            "jual-beli ginjal ke Kamboja yang diungkap pada 2023, seorang petugas imigrasi dan "
            "seorang anggota polisi ikut dijerat (Riau Pos, 22 Juli 2023).</p>",
        ),
        (
            "heading",
            {"text": "Mitos 6: “Yang menjadi korban pasti bodoh atau lalai.”", "level": "h3"},
        ),
        (
            "paragraph",
            "<p><b>Fakta:</b> Pelaku pandai memanfaatkan harapan dan kesulitan orang. Pada "
            "Oktober sampai Desember 2023, sekitar 1.047 mahasiswa dari 33 perguruan tinggi "
            "(belakangan disebut 41) berangkat ke Jerman lewat program <i>ferienjob</i> yang "
            "dipromosikan sebagai “magang”. Di sana mereka melakukan pekerjaan kasar (Tribun "
            "Jambi, 29 Maret 2024). Kemenko PMK (Januari 2024) juga menyebut kelas menengah kini "
            "ikut disasar lewat modus penipuan daring.</p>"
            "<p>Menyalahkan korban hanya membuat korban lain takut bercerita dan melapor. "
            "Kalimat seperti “kok mau-maunya?” sebaiknya diganti dengan “kamu tidak bersalah, "
            "ayo cari bantuan”.</p>",
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "TPPO tidak harus melewati batas negara. Perdagangan orang di dalam Indonesia "
                    "diatur Pasal 2 UU 21/2007.",
                    "Persetujuan yang didapat lewat tipuan, ancaman, atau penyalahgunaan posisi "
                    "rentan tidak berarti apa-apa (Protokol Palermo, Pasal 3 huruf b).",
                    "Laki-laki juga bisa menjadi korban.",
                    "Korban lebih sering diikat dengan tipuan, utang, ancaman, dan dokumen yang "
                    "ditahan daripada dengan rantai.",
                    "Kebanyakan korban kenal dengan perekrutnya. Menjadi korban bukan karena "
                    "bodoh, jadi jangan menyalahkan korban.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "Perkumpulan Sahabat Insan, catatan pelatihan IOM “Identifikasi Korban "
                    "Trafficking”, Jakarta, Maret 2011",
                    "SBMI, “Ancaman pidana bagi pelaku TPPO”, tanpa tanggal (sbmi.or.id), untuk "
                    "Pasal 2",
                    "Pemkot Jakarta Barat, sosialisasi penguatan Gugus Tugas TPPO, 6 Oktober 2022 "
                    "(barat.jakarta.go.id)",
                    "UN.GIFT, definisi perdagangan orang menurut Protokol Palermo, Pasal 3 "
                    "(ungift.org)",
                    "Sindonews, data korban TPPO dari Kemenko PMK, 15 Juli 2024 "
                    "(nasional.sindonews.com)",
                    "ILO, Indicators of Forced Labour, 2012 (readkong.com; ringkasan di "
                    "seafish.org)",
                    "MTV EXIT Indonesia, pesan kunci iklan layanan masyarakat, 28 Juli 2012 "
                    "(bandungcreativecityforum.wordpress.com)",
                    "Riau Pos, pasal yang dikenakan dalam kasus ginjal, 22 Juli 2023 "
                    "(iklan.riaupos.co)",
                    "Kasus ferienjob: Tribun Jambi, 29 Maret 2024; Okezone, 24 Maret 2024",
                    "IDN Times, faktor pendorong TPPO menurut Kemenko PMK, 17 Januari 2024",
                ]
            },
        ),
    ],
}

LESSON_WHO_IS_AT_RISK = {
    "slug": "siapa-yang-berisiko",
    "title": "Siapa yang Berisiko? Siapa Saja, Termasuk Laki-laki",
    "intro": (
        "Siapa pun bisa menjadi korban perdagangan orang: perempuan, laki-laki, anak, pelajar, "
        "bahkan lulusan perguruan tinggi. Pelajaran ini membahas data korban, keadaan yang "
        "membuat seseorang lebih rentan, dan tanda bahaya pada tawaran kerja."
    ),
    "estimated_minutes": 7,
    "body": [
        ("heading", {"text": "Apa kata data?", "level": "h2"}),
        (
            "paragraph",
            "<p>Setiap lembaga mencatat korban dengan caranya sendiri, jadi angka dari lembaga "
            "yang berbeda tidak bisa langsung dibandingkan. Meski begitu, data berikut "
            "menunjukkan bahwa korban datang dari semua kelompok.</p>"
            "<ul>"
            "<li><b>Simfoni PPA</b>, sistem pencatatan milik Kementerian Pemberdayaan Perempuan "
            "dan Perlindungan Anak (KemenPPPA), mencatat 2.356 korban TPPO sejak 2017 sampai "
            "Oktober 2022: 50,97 persen anak, 46,14 persen perempuan, dan 2,89 persen laki-laki "
            "(IDN Times, 10 Maret 2023).</li>"
            "<li><b>Bareskrim Polri</b> (Badan Reserse Kriminal) mencatat 698 korban pada Januari "
            "sampai Juli 2024. Korban laki-laki (396 orang) lebih banyak daripada perempuan (302 "
            "orang) (Kemenko PMK melalui Sindonews, 15 Juli 2024).</li>"
            "<li>Beberapa laporan tahunan Departemen Luar Negeri Amerika Serikat tentang "
            "perdagangan orang, antara lain tahun 2022, menyebut korban laki-laki di Indonesia "
            "sering tidak dikenali sebagai korban.</li>"
            "</ul>"
            "<p>Pesannya jelas: jangan menganggap laki-laki aman dari perdagangan orang.</p>",
        ),
        ("heading", {"text": "Keadaan yang membuat seseorang lebih rentan", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Rentan</b> artinya lebih mudah terkena bahaya. Menurut Kementerian "
            "Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Kemenko PMK, Januari 2024), "
            "pendorong utama TPPO adalah kemiskinan, pengangguran, pendidikan rendah, lemahnya "
            "perlindungan, dan putus sekolah. KemenPPPA (2019) mencatat bahwa perempuan yang "
            "menjadi janda atau bercerai dan harus menghidupi keluarga sering menjadi korban.</p>"
            "<p>Namun pelaku juga menyasar orang yang berpendidikan dan berpenghasilan:</p>"
            "<ul>"
            "<li>anak muda lulusan SMA dan perguruan tinggi yang sulit mendapat kerja, lewat "
            "lowongan penipuan daring di luar negeri (IOM dan Kemlu, 2023);</li>"
            "<li>kelas menengah, juga lewat modus penipuan daring (Kemenko PMK, Januari "
            "2024);</li>"
            "<li>mahasiswa, lewat “magang” palsu seperti <i>ferienjob</i> ke Jerman (2023);</li>"
            "<li>orang yang kehilangan pekerjaan saat pandemi COVID-19, seperti korban jaringan "
            "jual-beli ginjal ke Kamboja (2023);</li>"
            "<li>anak perempuan yang dibujuk lewat media sosial (data KPAI, 2021).</li>"
            "</ul>"
            "<p>Di Jakarta Barat, pejabat menyebut anak perempuan, anak laki-laki, dan perempuan "
            "dewasa sebagai kelompok paling rentan (2023). Semua ini adalah <b>keadaan</b>, "
            "bukan kesalahan. Pelakulah yang memanfaatkan keadaan itu.</p>",
        ),
        ("heading", {"text": "Pintu masuk yang paling sering: tawaran kerja", "level": "h2"}),
        (
            "paragraph",
            "<p>Satgas TPPO Polri (satuan tugas khusus kepolisian) mencatat modus yang paling "
            "sering ditemukan pada 5 Juni sampai 4 September 2023: janji kerja sebagai pekerja "
            "migran atau pekerja rumah tangga (515 korban), dijadikan pekerja seks (274 korban), "
            "eksploitasi anak (69 korban), dan anak buah kapal atau ABK (7 korban) (RMOL, 6 "
            "September 2023). Karena tawaran kerja sering menjadi pintu masuk, kenali tanda "
            "bahayanya. Daftar berikut disusun dari Kementerian Ketenagakerjaan (Kemnaker, 2022), "
            "Kemlu (2022), KP2MI (2025), dan KBRI Beijing (2024). Satu tanda saja sudah cukup "
            "untuk berhenti dan memeriksa dulu.</p>",
        ),
        (
            "red_flags",
            {
                "title": "Tanda bahaya",
                "flags": [
                    "Lowongan datang dari akun media sosial pribadi, bukan dari perusahaan "
                    "penempatan pekerja migran (P3MI) yang berizin.",
                    "Syaratnya sangat ringan (tanpa ijazah, pengalaman, atau tes bahasa), tetapi "
                    "gajinya sangat tinggi.",
                    "Anda diminta membayar biaya pendaftaran atau “administrasi”. Padahal "
                    "pekerja migran tidak boleh dibebani biaya penempatan (Pasal 30 ayat (1) "
                    "UU 18/2017).",
                    "Anda diminta mengirim KTP, paspor, atau data pribadi lain sejak awal.",
                    "Semua biaya dijanjikan ditanggung, termasuk tiket dan tempat tinggal.",
                    "Anda disuruh berangkat dengan visa kunjungan, wisata, ziarah, atau umrah, "
                    "bukan visa kerja.",
                    "Tidak ada kontrak kerja, atau isi kontraknya tidak jelas.",
                    "Anda diminta mengisi data palsu saat proses keberangkatan (Kemlu, 2022).",
                    "Negara tujuannya Kamboja, Myanmar, atau Thailand. Menurut KP2MI (April "
                    "2025), Indonesia tidak punya perjanjian penempatan pekerja dengan "
                    "negara-negara itu.",
                    "Ada orang lain (agen, majikan, atau calon suami) yang ingin memegang paspor "
                    "Anda (KBRI Beijing, 2024).",
                ],
            },
        ),
        (
            "scenario",
            {
                "title": "Lowongan “pemasaran” dari teman lama",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola kasus "
                    "penipuan daring yang dilaporkan Kemlu. Bukan kasus nyata.</i></p>"
                    "<p>Bayu (bukan nama sebenarnya), 27 tahun, lulusan D3 dari Jakarta Timur. "
                    "Setelah kontrak kerjanya di sebuah toko habis, ia setahun menganggur. Seorang "
                    "teman lama mengirim pesan: ada lowongan bagian pemasaran di Kamboja dengan "
                    "gaji 1.200 dolar Amerika per bulan. Tiket dan mes ditanggung, cukup berangkat "
                    "dengan visa wisata. Sesampainya di sana, paspor Bayu diambil. Ia dipaksa "
                    "menipu orang lewat internet 15 jam sehari. Jika target tidak tercapai, ia "
                    "dipukul dan gajinya dipotong untuk “utang tiket”.</p>"
                    "<p>Ketika akhirnya bisa menghubungi keluarga, Bayu malu. “Saya laki-laki. "
                    "Seharusnya saya bisa menjaga diri,” katanya.</p>"
                ),
                "question": (
                    "Apakah Bayu korban perdagangan orang? Bagaimana sebaiknya keluarga "
                    "menanggapi rasa malunya?"
                ),
                "explanation": (
                    "<p>Ya. <b>Proses</b>: Bayu direkrut dan dikirim ke luar negeri. "
                    "<b>Cara</b>: penipuan (janji kerja pemasaran), penyalahgunaan posisi rentan "
                    "(ia menganggur), kekerasan, dan jeratan utang. <b>Tujuan</b>: kerja paksa. "
                    "Orang yang membawa WNI ke luar negeri untuk dieksploitasi dapat dijerat "
                    "Pasal 4 UU 21/2007.</p>"
                    "<p>Pola ini sama dengan yang dilaporkan Kemlu: lowongan layanan pelanggan "
                    "atau pemasaran di media sosial, dengan gaji 1.000 sampai 1.200 dolar Amerika "
                    "per bulan (Tempo, 4 Juli 2024).</p>"
                    "<p>Keluarga sebaiknya menenangkan Bayu: laki-laki juga bisa menjadi korban, "
                    "dan yang bersalah adalah pelaku. Jika masih ada WNI yang tertahan di luar "
                    "negeri, keluarga bisa menghubungi hotline Pelindungan WNI Kemlu atau KBRI di "
                    "negara itu.</p>"
                ),
            },
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Siapa saja bisa menjadi korban: perempuan, laki-laki, anak, pelajar, dan "
                    "lulusan perguruan tinggi.",
                    "Bareskrim Polri mencatat lebih banyak korban laki-laki (396) daripada "
                    "perempuan (302) pada Januari–Juli 2024 (Sindonews, 15 Juli 2024).",
                    "Kemiskinan, pengangguran, pendidikan rendah, lemahnya perlindungan, dan "
                    "putus sekolah adalah pendorong utama TPPO (Kemenko PMK, 2024). Ini keadaan, "
                    "bukan kesalahan korban.",
                    "Periksa setiap tawaran kerja dengan daftar tanda bahaya. Satu tanda saja "
                    "sudah cukup untuk berhenti dan bertanya.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "IDN Times, data Simfoni PPA: 2.356 korban TPPO 2017–Oktober 2022, "
                    "10 Maret 2023",
                    "Sindonews, data korban TPPO dari Kemenko PMK, 15 Juli 2024 "
                    "(nasional.sindonews.com)",
                    "Departemen Luar Negeri Amerika Serikat, Trafficking in Persons Report 2022: "
                    "Indonesia (ecoi.net); laporan 2020, 2021, dan 2023 (ecoi.net, "
                    "statenewswire.com)",
                    "IDN Times, faktor pendorong TPPO menurut Kemenko PMK, 17 Januari 2024",
                    "Gerakkalteng, keterangan KemenPPPA tentang korban TPPO, 6 Agustus 2019",
                    "IOM Indonesia, peluncuran film pendek “Through the Screen” bersama Kemlu, "
                    "25 Juli 2023 (indonesia.iom.int)",
                    "Kasus ferienjob: Tribun Jambi, 29 Maret 2024; Okezone, 24 Maret 2024",
                    "Kasus jual-beli ginjal: Tempo, 21 Juli 2023 (metro.tempo.co)",
                    "Kumparan, data KPAI tentang anak korban TPPO dan eksploitasi, "
                    "19 November 2022",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023; Pemkot "
                    "Jakarta Barat, pertemuan gugus tugas TPPO, 27 Juni 2023",
                    "Satgas TPPO Polri, data 5 Juni–4 September 2023, dalam RMOL, 6 September 2023",
                    "Kompas, tanda bahaya lowongan kerja palsu menurut Kemnaker, 28 Agustus 2022 "
                    "(money.kompas.com)",
                    "Tribunnews, imbauan Kemlu agar tidak mengisi data palsu, 7 Oktober 2022 "
                    "(m.tribunnews.com)",
                    "Mediamasakini, pernyataan Wakil Menteri P2MI tentang lowongan ke Thailand, "
                    "Myanmar, dan Kamboja, 10 April 2025 (mediamasakini.id)",
                    "KBRI Beijing tentang pengantin pesanan, dalam Republika dan Detik, "
                    "29 April 2024",
                    "Aspataki, Pasal 30 UU 18/2017, 17 Mei 2020 (aspataki.com)",
                    "Tempo, “Kemlu catat 3.703 kasus online scam”, 4 Juli 2024 (metro.tempo.co)",
                ]
            },
        ),
    ],
}

LESSON_CHILDREN = {
    "slug": "anak-tidak-bisa-memberi-persetujuan",
    "title": "Anak Tidak Bisa Memberi Persetujuan",
    "intro": (
        "Anak bisa terlihat “mau” ikut dengan perekrut. Namun menurut standar internasional, anak "
        "tidak bisa setuju untuk dieksploitasi. Pelajaran ini menjelaskan alasannya, aturan yang "
        "melindungi anak, dan yang bisa dilakukan orang tua serta tetangga."
    ),
    "estimated_minutes": 6,
    "body": [
        ("heading", {"text": "Apa kata Protokol Palermo?", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Protokol Palermo</b> adalah perjanjian internasional untuk mencegah, "
            "memberantas, dan menghukum perdagangan orang, terutama perempuan dan anak. Protokol "
            "ini melengkapi Konvensi PBB melawan Kejahatan Transnasional Terorganisasi. Majelis "
            "Umum Perserikatan Bangsa-Bangsa (PBB) mengesahkannya pada 15 November 2000, dan "
            "protokol ini berlaku sejak 25 Desember 2003. Indonesia menandatanganinya pada "
            "12 Desember 2000.</p>"
            "<p>Protokol Palermo memakai tiga unsur yang sama: tindakan (proses), cara, dan "
            "tujuan eksploitasi. Namun untuk anak ada aturan khusus:</p>"
            "<ul>"
            "<li>Pasal 3 huruf (d): <b>anak</b> adalah setiap orang yang berusia di bawah 18 "
            "tahun.</li>"
            "<li>Pasal 3 huruf (c): jika korbannya anak, perekrutan, pengangkutan, pemindahan, "
            "penampungan, atau penerimaan untuk tujuan eksploitasi sudah termasuk perdagangan "
            "orang, <b>walaupun tidak ada cara</b> seperti ancaman atau penipuan.</li>"
            "</ul>"
            "<p>Artinya, untuk korban anak cukup ada dua unsur: <b>proses</b> dan <b>tujuan "
            "eksploitasi</b>. Hal yang sama diajarkan dalam pelatihan IOM Indonesia di Jakarta "
            "pada 2011.</p>",
        ),
        ("heading", {"text": "Mengapa anak tidak bisa setuju?", "level": "h2"}),
        (
            "paragraph",
            "<p>Anak belum punya pengalaman dan kekuatan yang sama dengan orang dewasa untuk "
            "menilai bahaya atau menolak bujukan. Anak juga bergantung pada orang dewasa di "
            "sekitarnya. Karena itu, kalau seorang anak berkata “saya mau”, kata-kata itu tidak "
            "membuat eksploitasi menjadi sah. Yang bersalah tetap orang dewasa yang merekrut dan "
            "memanfaatkannya.</p>",
        ),
        ("heading", {"text": "Bagaimana di Indonesia?", "level": "h3"}),
        (
            "paragraph",
            "<p>UU 21/2007 memberatkan hukuman jika korbannya anak: ancaman pidana untuk "
            "perbuatan dalam Pasal 2, 3, dan 4 ditambah sepertiga (Pasal 17). Anak yang menjadi "
            "saksi atau korban diperiksa dengan didampingi orang tua, wali, atau pendamping, "
            "tanpa kehadiran terdakwa, dan kesaksiannya boleh direkam di luar ruang sidang "
            "(Pasal 39–40).</p>"
            "<p>Namun penerapan aturan untuk korban anak di Indonesia pernah dikritik. Laporan "
            "tahunan Departemen Luar Negeri Amerika Serikat tentang perdagangan orang tahun 2022 "
            "menilai bahwa, tidak seperti hukum internasional, UU 21/2007 masih mensyaratkan "
            "unsur seperti kekerasan, penipuan, atau paksaan untuk menjerat sebagian kasus yang "
            "melibatkan anak. Jadi, saat menolong anak, pegang prinsip ini: anak tidak pernah "
            "bisa setuju untuk dieksploitasi.</p>",
        ),
        ("heading", {"text": "Anak di Jakarta juga disasar", "level": "h2"}),
        (
            "paragraph",
            "<p>Pada 2021, Polda Metro Jaya menemukan 18 anak perempuan di bawah umur yang "
            "ditawarkan lewat aplikasi MiChat dari sebuah hotel di Tamansari, Jakarta Barat "
            "(Viva, 25 Mei 2021). Komisi Perlindungan Anak Indonesia (KPAI) mencatat 234 anak "
            "korban TPPO dan eksploitasi pada Januari sampai April 2021. Dari 35 kasus yang "
            "ditangani KPAI, 60 persen terjadi lewat media sosial, paling sering lewat MiChat "
            "(Kumparan, 19 November 2022).</p>"
            "<p>Pemkot Jakarta Selatan menangani 20 kasus TPPO pada 2024, kebanyakan korbannya "
            "anak perempuan (Sekretaris Kota Jakarta Selatan, Juni 2025). Pejabat Jakarta Barat "
            "juga melaporkan anak yang dipaksa mengamen (2023).</p>",
        ),
        (
            "scenario",
            {
                "title": "Tawaran kerja paruh waktu untuk remaja",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, disusun dari pola yang "
                    "dilaporkan Polda Metro Jaya dan KPAI. Bukan kasus nyata.</i></p>"
                    "<p>Sari (bukan nama sebenarnya), 16 tahun, sering bertengkar dengan orang "
                    "tuanya soal uang sekolah. Di sebuah aplikasi obrolan, ia berkenalan dengan "
                    "“Kak Rina” yang ramah dan sering mengiriminya pulsa. Kak Rina menawarinya "
                    "kerja paruh waktu sebagai “pemandu tamu” di Jakarta dengan bayaran besar. "
                    "Sari setuju dan pergi tanpa memberi tahu orang tuanya. Ia ditempatkan di "
                    "kamar hotel bersama beberapa remaja lain, lalu ditawarkan kepada laki-laki "
                    "dewasa lewat aplikasi. Ketika Sari ingin berhenti, Kak Rina berkata, “Kamu "
                    "sendiri yang mau, kan?”</p>"
                ),
                "question": (
                    "Sari memang setuju ikut. Apakah ia korban perdagangan orang? Apa yang bisa "
                    "dilakukan orang dewasa di sekitarnya?"
                ),
                "explanation": (
                    "<p>Ya. Sari berusia 16 tahun, jadi ia masih anak. Menurut Protokol Palermo, "
                    "untuk korban anak cukup ada <b>proses</b> (Sari direkrut, diangkut, dan "
                    "ditampung di hotel) dan <b>tujuan eksploitasi</b> (eksploitasi seksual). "
                    "Persetujuan Sari tidak berarti apa-apa. Di kisah ini pelaku juga menipu dan "
                    "memanfaatkan keadaan sulit Sari. Karena korbannya anak, ancaman pidana bagi "
                    "pelaku ditambah sepertiga (Pasal 17 UU 21/2007).</p>"
                    "<p>Orang tua dan tetangga bisa melapor ke SAPA 129, UPT PPPA DKI Jakarta, "
                    "atau polisi di 110. Saat diperiksa, Sari berhak didampingi dan tidak perlu "
                    "berhadapan dengan terdakwa (Pasal 39–40). Sambut Sari tanpa memarahi atau "
                    "menyalahkannya.</p>"
                ),
            },
        ),
        ("heading", {"text": "Yang bisa dilakukan orang tua dan tetangga", "level": "h3"}),
        (
            "paragraph",
            "<ul>"
            "<li>Ketahui aplikasi apa saja yang dipakai anak, dan ajak anak bercerita tentang "
            "teman barunya di internet.</li>"
            "<li>Waspadai orang dewasa yang memberi anak hadiah, pulsa, atau uang, lalu "
            "menawarkan pekerjaan atau ajakan pergi.</li>"
            "<li>Buat anak merasa aman bercerita. Anak yang takut dimarahi cenderung "
            "menyembunyikan masalahnya.</li>"
            "<li>Jika curiga, jangan menghadapi pelaku sendiri. Catat apa yang Anda ketahui, "
            "lalu laporkan.</li>"
            "</ul>",
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Anak adalah setiap orang yang berusia di bawah 18 tahun (Protokol Palermo).",
                    "Untuk korban anak, cukup ada proses dan tujuan eksploitasi. Unsur cara tidak "
                    "perlu ada, jadi “anak itu mau sendiri” bukan alasan.",
                    "Jika korbannya anak, ancaman pidana ditambah sepertiga (Pasal 17 UU 21/2007).",
                    "Anak korban diperiksa dengan pendamping dan tanpa kehadiran terdakwa (Pasal "
                    "39–40 UU 21/2007).",
                    "Anak di Jakarta juga dibujuk lewat aplikasi dan media sosial. Ajak anak "
                    "bercerita tanpa menghakimi.",
                ],
            },
        ),
        ("help_link", {"text": HELP_TEXT}),
        (
            "sources",
            {
                "items": [
                    "UN.GIFT, definisi perdagangan orang menurut Protokol Palermo, Pasal 3 "
                    "(ungift.org); IOM Nigeria, istilah perdagangan orang, 2023 "
                    "(nigeria.iom.int)",
                    "EPJP, tulisan tentang Protokol Palermo (resolusi Majelis Umum PBB 55/25), "
                    "7 Juli 2016 (epjp.wordpress.com)",
                    "Kutipan tesis tentang penandatanganan Protokol Palermo oleh Indonesia, "
                    "12 Desember 2000 (text-id.123dok.com)",
                    "Perkumpulan Sahabat Insan, catatan pelatihan IOM “Identifikasi Korban "
                    "Trafficking”, Jakarta, Maret 2011",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 39–45, “Perlindungan saksi dan korban” "
                    "(text-id.123dok.com)",
                    "Departemen Luar Negeri Amerika Serikat, Trafficking in Persons Report 2022: "
                    "Indonesia (ecoi.net)",
                    "Viva, anak di bawah umur ditawarkan lewat MiChat di Tamansari, Jakarta Barat, "
                    "25 Mei 2021",
                    "Kumparan, data KPAI tentang anak korban TPPO dan eksploitasi, 19 November 2022",
                    "Pemkot Jakarta Selatan, pertemuan gugus tugas TPPO, Juni 2025 "
                    "(selatan.jakarta.go.id)",
                    "Antara, “Pemkot Jakbar siagakan enam posko pelaporan TPPO”, 2023 "
                    "(antaranews.com)",
                ]
            },
        ),
    ],
}

LESSON_RIGHTS_AND_PENALTIES = {
    "slug": "hak-korban-dan-hukuman-pelaku",
    "title": "Hak Korban dan Hukuman bagi Pelaku",
    "intro": (
        "Banyak korban takut melapor karena malu, takut ikut dihukum, atau takut pada pelaku. "
        "Padahal UU 21/2007 melindungi korban dan saksi, dan mengancam pelaku dengan hukuman "
        "berat. Pelajaran ini membahas keduanya."
    ),
    "estimated_minutes": 7,
    "body": [
        (
            "heading",
            {
                "text": "Korban tidak dihukum atas kejahatan yang dipaksakan kepadanya",
                "level": "h2",
            },
        ),
        (
            "paragraph",
            "<p>Kadang pelaku memaksa korban melakukan tindak pidana, misalnya menipu orang lain "
            "lewat internet. Pasal 18 UU 21/2007 menyatakan bahwa korban yang melakukan tindak "
            "pidana karena dipaksa pelaku perdagangan orang <b>tidak dipidana</b> (tidak "
            "dihukum). Jadi, korban seperti ini tidak perlu takut melapor.</p>",
        ),
        ("heading", {"text": "Hak korban dan saksi", "level": "h2"}),
        (
            "paragraph",
            "<p>UU 21/2007 memberi beberapa perlindungan bagi korban dan saksi:</p>"
            "<ul>"
            "<li><b>Dilindungi LPSK (Pasal 43).</b> Perlindungan saksi dan korban mengikuti UU "
            "No. 13 Tahun 2006 tentang Perlindungan Saksi dan Korban. Lembaga yang "
            "menjalankannya adalah Lembaga Perlindungan Saksi dan Korban (LPSK).</li>"
            "<li><b>Identitas dirahasiakan (Pasal 44).</b> Identitas korban dan saksi wajib "
            "dirahasiakan. Jika keluarganya diancam, perlindungan ini juga berlaku untuk "
            "keluarga sampai derajat kedua.</li>"
            "<li><b>Ruang pelayanan khusus (Pasal 45).</b> Setiap provinsi dan kabupaten/kota "
            "wajib punya ruang pelayanan khusus di kantor polisi untuk memeriksa korban.</li>"
            "<li><b>Perlindungan untuk anak (Pasal 39–40).</b> Anak diperiksa dengan didampingi "
            "orang tua, wali, atau pendamping, tanpa kehadiran terdakwa, dan kesaksiannya boleh "
            "direkam di luar ruang sidang.</li>"
            "<li><b>Restitusi.</b> Restitusi adalah ganti rugi yang wajib dibayar pelaku kepada "
            "korban. Prosesnya melibatkan LPSK, jaksa, dan pengadilan.</li>"
            "</ul>",
        ),
        (
            "scenario",
            {
                "title": "Sudah pulang, tetapi takut dihukum",
                "story": (
                    "<p><i>Kisah ini ilustrasi dengan nama samaran, lanjutan kisah Bayu di "
                    "pelajaran ketiga. Disusun dari pola kasus penipuan daring yang dilaporkan "
                    "Kemlu. Bukan kasus nyata.</i></p>"
                    "<p>Setelah enam bulan, Bayu (bukan nama sebenarnya) akhirnya berhasil pulang "
                    "ke Jakarta. Di luar negeri ia dipaksa menipu orang lewat internet. Jika "
                    "menolak, ia dipukul dan tidak diberi makan. Kini ia takut melapor. “Saya "
                    "sudah ikut menipu orang. Nanti saya yang dipenjara,” katanya kepada kakaknya. "
                    "Ia juga takut namanya tersebar di kampung.</p>"
                ),
                "question": "Apa yang bisa disampaikan kakaknya tentang hak-hak Bayu?",
                "explanation": (
                    "<p>Bayu menipu orang karena dipaksa pelaku. Menurut Pasal 18 UU 21/2007, "
                    "korban yang melakukan tindak pidana karena dipaksa pelaku tidak dipidana. "
                    "Identitasnya sebagai korban dan saksi wajib dirahasiakan (Pasal 44). Ia bisa "
                    "meminta perlindungan LPSK (Pasal 43) dan diperiksa di ruang pelayanan khusus "
                    "di kantor polisi (Pasal 45). Ia juga bisa meminta restitusi, yaitu ganti "
                    "rugi dari pelaku.</p>"
                    "<p>Kakaknya bisa menawarkan diri menemani Bayu menghubungi LPSK atau polisi "
                    "di 110. Yang terpenting, dengarkan Bayu tanpa menghakimi.</p>"
                ),
            },
        ),
        ("heading", {"text": "Ancaman hukuman bagi pelaku", "level": "h2"}),
        (
            "paragraph",
            "<p><b>Pidana</b> artinya hukuman, misalnya penjara dan denda. Berikut ancaman "
            "pidana menurut UU 21/2007:</p>"
            "<ul>"
            "<li><b>Pasal 2 ayat (1), Pasal 3, dan Pasal 4</b> (perdagangan orang di dalam "
            "negeri, masuk ke Indonesia, atau ke luar negeri): penjara 3 sampai 15 tahun "
            "<b>dan</b> denda Rp120 juta sampai Rp600 juta.</li>"
            "<li><b>Pasal 7</b>: jika korban luka berat, mengalami gangguan jiwa berat, tertular "
            "penyakit menular yang membahayakan jiwa, hamil, atau kehilangan fungsi "
            "reproduksinya, ancaman pidana ditambah sepertiga. Jika korban meninggal, ancamannya "
            "penjara 5 tahun sampai seumur hidup dan denda Rp200 juta sampai Rp5 miliar.</li>"
            "<li><b>Pasal 8</b>: jika pelakunya penyelenggara negara (pejabat) yang "
            "menyalahgunakan kekuasaannya, ancaman pidana ditambah sepertiga.</li>"
            "<li><b>Pasal 16</b>: jika dilakukan kelompok yang terorganisasi, ancaman pidana "
            "setiap anggotanya ditambah sepertiga.</li>"
            "<li><b>Pasal 17</b>: jika korbannya anak, ancaman pidana ditambah sepertiga.</li>"
            "<li><b>Pasal 19</b>: memberi keterangan palsu atau memalsukan dokumen negara untuk "
            "memudahkan TPPO: penjara 1 sampai 7 tahun dan denda Rp40 juta sampai Rp280 "
            "juta.</li>"
            "<li><b>Pasal 20</b>: memberi kesaksian atau bukti palsu, atau memengaruhi saksi, "
            "dalam sidang TPPO: penjara 1 sampai 7 tahun dan denda Rp40 juta sampai Rp280 "
            "juta.</li>"
            "<li><b>Pasal 21</b>: menyerang fisik saksi atau petugas pengadilan: penjara 1 "
            "sampai 5 tahun dan denda Rp40 juta sampai Rp200 juta.</li>"
            "<li><b>Pasal 22</b>: menghalangi penyidikan, misalnya menyembunyikan tersangka: "
            "penjara paling lama 5 tahun.</li>"
            "</ul>"
            "<p>Perusahaan (korporasi) yang terlibat juga bisa dijatuhi hukuman tambahan, "
            "seperti izin usaha dicabut, kekayaan hasil kejahatan dirampas, status badan "
            "hukumnya dicabut, serta pengurusnya dipecat dan dilarang mendirikan perusahaan "
            "sejenis.</p>",
        ),
        ("heading", {"text": "Contoh penerapan", "level": "h3"}),
        (
            "paragraph",
            "<p>Pada 2023 polisi mengungkap jaringan jual-beli ginjal yang mengirim 122 korban ke "
            "sebuah rumah sakit di Phnom Penh, Kamboja (Tempo, 21 Juli 2023). Para pelaku "
            "jaringan dijerat Pasal 2 dan Pasal 4. Seorang petugas imigrasi dijerat Pasal 8, dan "
            "seorang anggota polisi dijerat Pasal 22 karena menghalangi penyidikan (Riau Pos, 22 "
            "Juli 2023).</p>",
        ),
        ("heading", {"text": "Jika Anda curiga: jangan bertindak sendiri", "level": "h2"}),
        (
            "paragraph",
            "<p>Jangan menghadapi orang yang Anda curigai sebagai pelaku, dan jangan mencoba "
            "menyelamatkan korban sendirian. Itu bisa membahayakan Anda dan korban. Catat fakta "
            "yang Anda lihat, lalu laporkan ke polisi di 110, SAPA 129, atau layanan lain di "
            "halaman Bantuan &amp; Lapor. Kemlu (2018) meminta masyarakat melapor langsung, bukan "
            "hanya mengunggah ke media sosial: laporan lewat telepon bisa ditangani hari itu "
            "juga, sedangkan unggahan yang ramai bisa baru ditangani beberapa hari kemudian.</p>",
        ),
        (
            "key_points",
            {
                "title": "Poin penting",
                "points": [
                    "Korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana (Pasal 18 "
                    "UU 21/2007).",
                    "Identitas korban dan saksi wajib dirahasiakan (Pasal 44), dan mereka bisa "
                    "dilindungi LPSK (Pasal 43).",
                    "Korban bisa meminta restitusi, yaitu ganti rugi dari pelaku.",
                    "Pelaku diancam penjara 3 sampai 15 tahun dan denda Rp120 juta sampai Rp600 "
                    "juta (Pasal 2, 3, 4). Ancaman ditambah sepertiga jika korbannya anak, "
                    "pelakunya pejabat, atau dilakukan kelompok terorganisasi.",
                    "Jika curiga, jangan bertindak sendiri. Catat fakta, lalu laporkan.",
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
                    "SBMI, “Ancaman pidana bagi pelaku TPPO”, tanpa tanggal (sbmi.or.id)",
                    "JDIH BPHN, abstrak UU No. 21 Tahun 2007, termasuk Pasal 7 dan pidana "
                    "tambahan bagi korporasi (dev-jdihn.bphn.go.id)",
                    "Riau Pos, pasal yang dikenakan dalam kasus ginjal, termasuk Pasal 8 dan 22, "
                    "22 Juli 2023 (iklan.riaupos.co)",
                    "Kasus jual-beli ginjal: Tempo, 21 Juli 2023 (metro.tempo.co)",
                    "Abstrak jurnal tentang restitusi bagi korban TPPO, 2025 "
                    "(garuda.kemdiktisaintek.go.id)",
                    "Kemlu tentang melapor langsung: Kumparan, 20 Februari 2018; Republika, "
                    "14 Februari 2015",
                    "Tempo, “Kemlu catat 3.703 kasus online scam”, 4 Juli 2024 (metro.tempo.co)",
                ]
            },
        ),
    ],
}

# Pre-test and final test: item N of one is the parallel form of item N of the other.

PRETEST_QUESTIONS = [
    # 1. Three elements (lesson 1)
    (
        "single_choice",
        {
            "question": (
                "Menurut UU No. 21 Tahun 2007, perdagangan orang bisa dikenali dari tiga unsur. "
                "Apa saja?"
            ),
            "choices": [
                {
                    "text": "Proses, cara, dan tujuan",
                    "correct": True,
                    "feedback": (
                        "Benar. Proses (misalnya merekrut atau menampung), cara (misalnya menipu "
                        "atau menjerat utang), dan tujuan (eksploitasi). Ketiganya diringkas dari "
                        "Pasal 1 angka 1 UU 21/2007."
                    ),
                },
                {
                    "text": "Pelaku, korban, dan saksi",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Pelaku, korban, dan saksi adalah orang-orang dalam sebuah "
                        "kasus, bukan unsur perbuatannya. Unsurnya adalah proses, cara, dan "
                        "tujuan."
                    ),
                },
                {
                    "text": "Paspor, visa, dan kontrak kerja",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Itu dokumen untuk bekerja di luar negeri lewat jalur "
                        "resmi. Perdagangan orang bahkan bisa terjadi tanpa ke luar negeri."
                    ),
                },
                {
                    "text": "Penculikan, luka fisik, dan perbatasan negara",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Penculikan hanya salah satu cara, korban tidak harus "
                        "terluka, dan perdagangan orang tidak harus melewati batas negara (Pasal "
                        "2 UU 21/2007)."
                    ),
                },
            ],
            "explanation": (
                "Pasal 1 angka 1 UU 21/2007 bisa diringkas menjadi tiga unsur: proses (merekrut, "
                "mengangkut, menampung, mengirim, memindahkan, atau menerima), cara (misalnya "
                "ancaman, penipuan, penyalahgunaan posisi rentan, atau jeratan utang), dan tujuan "
                "(eksploitasi). Untuk korban dewasa, ketiganya perlu ada."
            ),
        },
    ),
    # 2. Which are "means" (lesson 1)
    (
        "multiple_choice",
        {
            "question": (
                "Pilih semua yang termasuk unsur CARA dalam perdagangan orang menurut Pasal 1 "
                "angka 1 UU 21/2007."
            ),
            "choices": [
                {
                    "text": "Penipuan, misalnya janji kerja yang palsu",
                    "correct": True,
                    "feedback": (
                        "Benar. Penipuan adalah salah satu cara pelaku menguasai korban, dan "
                        "termasuk yang paling sering dipakai."
                    ),
                },
                {
                    "text": "Penjeratan utang",
                    "correct": True,
                    "feedback": (
                        "Benar. Utang yang tidak pernah lunas dipakai untuk mengikat korban. "
                        "Penjeratan utang disebut dalam Pasal 1 angka 1 UU 21/2007."
                    ),
                },
                {
                    "text": (
                        "Penyalahgunaan posisi rentan, misalnya memanfaatkan orang yang sedang "
                        "kesulitan uang"
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Pelaku memanfaatkan keadaan sulit korban, misalnya miskin, "
                        "menganggur, atau masih muda."
                    ),
                },
                {
                    "text": "Perekrutan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Perekrutan termasuk unsur PROSES, yaitu apa yang dilakukan "
                        "pelaku terhadap korban, bukan cara menguasainya."
                    ),
                },
                {
                    "text": "Eksploitasi",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Eksploitasi adalah unsur TUJUAN, yaitu untuk apa korban "
                        "direkrut dan dikuasai."
                    ),
                },
            ],
            "explanation": (
                "Unsur cara adalah bagaimana pelaku menguasai korban: ancaman kekerasan, "
                "kekerasan, penculikan, penyekapan, pemalsuan, penipuan, penyalahgunaan "
                "kekuasaan atau posisi rentan, penjeratan utang, atau memberi bayaran kepada "
                "orang yang memegang kendali atas korban. Perekrutan termasuk proses, dan "
                "eksploitasi termasuk tujuan."
            ),
        },
    ),
    # 3. Inside Indonesia too (lessons 1 and 2)
    (
        "true_false",
        {
            "statement": (
                "Perdagangan orang hanya bisa terjadi jika korban dibawa ke luar negeri."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pasal 2 ayat (1) UU 21/2007 mengatur perdagangan orang di dalam "
                "wilayah Indonesia, misalnya dari kampung ke Jakarta."
            ),
            "feedback_false": (
                "Tepat. Perdagangan orang juga bisa terjadi di dalam negeri (Pasal 2 ayat (1) UU "
                "21/2007), selain saat orang dibawa masuk ke Indonesia (Pasal 3) atau WNI dibawa "
                "ke luar negeri (Pasal 4)."
            ),
            "explanation": (
                "UU 21/2007 mengatur perdagangan orang di dalam negeri (Pasal 2), ke Indonesia "
                "(Pasal 3), dan ke luar negeri (Pasal 4), dengan ancaman hukuman yang sama. "
                "Jakarta sendiri disebut sebagai daerah tujuan dan transit terbesar kedua setelah "
                "Tanjung Pinang (Pemkot Jakarta Barat, 2024)."
            ),
        },
    ),
    # 4. Consent (lesson 2)
    (
        "true_false",
        {
            "statement": (
                "Jika seseorang sudah setuju berangkat bekerja, ia tidak bisa disebut korban "
                "perdagangan orang, apa pun yang terjadi kemudian."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Banyak korban setuju karena ditipu. Menurut Protokol Palermo, "
                "persetujuan tidak berarti apa-apa jika didapat lewat cara seperti penipuan atau "
                "ancaman."
            ),
            "feedback_false": (
                "Tepat. Korban setuju pada janji kerja, bukan pada eksploitasi. Persetujuan yang "
                "didapat lewat penipuan, ancaman, atau penyalahgunaan posisi rentan tidak "
                "berarti apa-apa (Protokol Palermo, Pasal 3 huruf b)."
            ),
            "explanation": (
                "Persetujuan di awal tidak menghapus perdagangan orang jika pelaku memakai salah "
                "satu cara terlarang. Untuk korban anak, unsur cara bahkan tidak diperlukan sama "
                "sekali."
            ),
        },
    ),
    # 5. Recruiters are often known to the victim (lesson 2)
    (
        "single_choice",
        {
            "question": (
                "Menurut kampanye MTV EXIT Indonesia (2012), siapa yang paling sering merekrut "
                "korban perdagangan orang?"
            ),
            "choices": [
                {
                    "text": "Orang yang sudah dikenal korban, seperti teman, tetangga, atau kenalan",
                    "correct": True,
                    "feedback": (
                        "Benar. Kampanye itu mengingatkan bahwa kebanyakan korban kenal dengan "
                        "orang yang merekrutnya. Karena itu, tawaran dari orang dekat pun perlu "
                        "diperiksa."
                    ),
                },
                {
                    "text": "Orang asing yang sama sekali tidak dikenal korban",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ini mitos. Kebanyakan korban justru kenal dengan "
                        "perekrutnya, sehingga mereka mudah percaya."
                    ),
                },
                {
                    "text": "Petugas Dinas Tenaga Kerja di kantor resmi",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Dinas Tenaga Kerja justru tempat untuk bertanya dan "
                        "memeriksa tawaran kerja. Perekrut korban kebanyakan orang yang sudah "
                        "dikenal korban."
                    ),
                },
                {
                    "text": "Hanya warga negara asing",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Pelaku bisa siapa saja, termasuk WNI dan orang yang "
                        "dikenal korban. Dalam kasus ginjal (2023), seorang petugas imigrasi dan "
                        "seorang anggota polisi ikut dijerat."
                    ),
                },
            ],
            "explanation": (
                "Kampanye MTV EXIT Indonesia (2012) menyebut kebanyakan korban kenal dengan "
                "perekrutnya. Rasa percaya kepada teman, tetangga, atau kerabat tidak bisa "
                "menggantikan pemeriksaan: tanyakan ke Dinas Tenaga Kerja atau KP2MI, dan "
                "diskusikan dengan orang lain sebelum memutuskan."
            ),
        },
    ),
    # 6. Men can be victims (lesson 3)
    (
        "true_false",
        {
            "statement": "Laki-laki dewasa tidak mungkin menjadi korban perdagangan orang.",
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Laki-laki juga bisa menjadi korban. Bareskrim Polri mencatat 396 "
                "korban laki-laki dan 302 korban perempuan pada Januari–Juli 2024."
            ),
            "feedback_false": (
                "Tepat. Siapa saja bisa menjadi korban. Bareskrim Polri bahkan mencatat lebih "
                "banyak korban laki-laki (396) daripada perempuan (302) pada Januari–Juli 2024."
            ),
            "explanation": (
                "Data Bareskrim Polri untuk Januari–Juli 2024 mencatat 396 korban laki-laki dan "
                "302 korban perempuan (Kemenko PMK melalui Sindonews, 15 Juli 2024). Laporan "
                "tahunan Departemen Luar Negeri Amerika Serikat juga menyebut korban laki-laki "
                "di Indonesia sering tidak dikenali."
            ),
        },
    ),
    # 7. Who is vulnerable (lesson 3)
    (
        "multiple_choice",
        {
            "question": (
                "Menurut Kemenko PMK (Januari 2024), keadaan apa saja yang menjadi pendorong "
                "utama TPPO? Pilih semua yang benar."
            ),
            "choices": [
                {
                    "text": "Kemiskinan",
                    "correct": True,
                    "feedback": (
                        "Benar. Orang yang butuh uang lebih mudah tergiur janji gaji besar, dan "
                        "pelaku memanfaatkan keadaan itu."
                    ),
                },
                {
                    "text": "Pengangguran",
                    "correct": True,
                    "feedback": (
                        "Benar. Orang yang lama mencari kerja menjadi sasaran lowongan palsu."
                    ),
                },
                {
                    "text": "Putus sekolah",
                    "correct": True,
                    "feedback": (
                        "Benar. Putus sekolah dan pendidikan rendah termasuk pendorong utama "
                        "yang disebut Kemenko PMK."
                    ),
                },
                {
                    "text": "Korban malas dan kurang hati-hati",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ini menyalahkan korban. Yang disebut Kemenko PMK adalah "
                        "keadaan seperti kemiskinan dan pengangguran, yang dimanfaatkan pelaku."
                    ),
                },
                {
                    "text": "Tinggal di kota besar seperti Jakarta",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ini tidak disebut sebagai pendorong utama. Jakarta memang "
                        "daerah tujuan dan tempat singgah korban, tetapi yang membuat seseorang "
                        "rentan adalah keadaannya."
                    ),
                },
            ],
            "explanation": (
                "Kemenko PMK (Januari 2024) menyebut kemiskinan, pengangguran, pendidikan "
                "rendah, lemahnya perlindungan, dan putus sekolah sebagai pendorong utama TPPO, "
                "dan kelas menengah kini juga disasar. Semua ini keadaan, bukan kesalahan "
                "korban."
            ),
        },
    ),
    # 8. Red flags in a job offer (lesson 3)
    (
        "red_flags",
        {
            "title": "Tandai tanda bahaya dalam iklan lowongan ini",
            "scenario": (
                "<p><i>Contoh iklan rekaan untuk latihan, bukan iklan nyata.</i></p>"
                "<p><b>LOWONGAN CEPAT!</b> Dicari staf admin toko daring untuk perusahaan di "
                "Thailand. Gaji 1.100 dolar Amerika per bulan. Jam kerja 8 jam sehari. Tanpa "
                "ijazah, tanpa pengalaman, tanpa tes bahasa. Tiket pesawat dan mes ditanggung. "
                "Berangkat cukup pakai visa turis, kontrak kerja ditandatangani di sana. Kirim "
                "foto KTP dan paspor ke WhatsApp Kak Mira (akun pribadi).</p>"
            ),
            "image": "",
            "image_alt": "",
            "statements": [
                {
                    "text": (
                        "Lowongan dipasang lewat akun pribadi, bukan perusahaan penempatan yang "
                        "berizin (P3MI)."
                    ),
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Menurut Kemnaker (2022), lowongan dari akun media sosial "
                        "perorangan, bukan P3MI berizin, perlu dicurigai."
                    ),
                },
                {
                    "text": "Tanpa ijazah, pengalaman, atau tes bahasa, tetapi gajinya tinggi.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Syarat terlalu ringan dengan gaji sangat tinggi adalah "
                        "bujukan yang sering dipakai (Kemnaker, 2022)."
                    ),
                },
                {
                    "text": "Berangkat dengan visa turis, dan kontrak baru ditandatangani di sana.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Bekerja di luar negeri harus memakai visa kerja, dan "
                        "kontrak kerja harus ada sebelum berangkat (Pasal 13 UU 18/2017)."
                    ),
                },
                {
                    "text": "Diminta mengirim foto KTP dan paspor sejak awal.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Permintaan data pribadi sejak awal termasuk tanda bahaya "
                        "dalam daftar Kemnaker (2022)."
                    ),
                },
                {
                    "text": "Negara tujuannya Thailand.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Menurut KP2MI (April 2025), Indonesia tidak punya "
                        "perjanjian penempatan pekerja dengan Thailand, Myanmar, dan Kamboja."
                    ),
                },
                {
                    "text": "Iklan menyebut jam kerja 8 jam sehari.",
                    "suspicious": False,
                    "feedback": (
                        "Bukan tanda bahaya dengan sendirinya. Kontrak kerja resmi memang harus "
                        "memuat jam kerja (Pasal 15 UU 18/2017). Namun hal yang wajar ini tidak "
                        "menghapus tanda bahaya lain di iklan."
                    ),
                },
                {
                    "text": "Pekerjaannya adalah admin toko daring.",
                    "suspicious": False,
                    "feedback": (
                        "Bukan tanda bahaya dengan sendirinya. Pekerjaan kantoran itu biasa. "
                        "Yang perlu diperiksa adalah cara perekrutannya: siapa yang memasang "
                        "iklan, visa, kontrak, dan biaya."
                    ),
                },
            ],
            "explanation": (
                "Iklan ini punya lima tanda bahaya: akun pribadi, syarat ringan dengan gaji "
                "tinggi, visa turis tanpa kontrak, permintaan KTP dan paspor sejak awal, dan "
                "negara tujuan tanpa perjanjian penempatan. Jenis pekerjaan dan jam kerja yang "
                "wajar tidak membuatnya aman. Satu tanda bahaya saja sudah cukup untuk berhenti "
                "dan memeriksa ke Dinas Tenaga Kerja atau KP2MI."
            ),
        },
    ),
    # 9. Children: means not needed (lesson 4)
    (
        "single_choice",
        {
            "question": (
                "Dina berusia 16 tahun. Menurut Protokol Palermo, unsur apa yang TIDAK perlu "
                "dibuktikan agar kasusnya termasuk perdagangan orang?"
            ),
            "choices": [
                {
                    "text": "Cara, misalnya ancaman atau penipuan",
                    "correct": True,
                    "feedback": (
                        "Benar. Untuk anak di bawah 18 tahun, cukup ada proses dan tujuan "
                        "eksploitasi (Protokol Palermo, Pasal 3 huruf c dan d)."
                    ),
                },
                {
                    "text": "Proses, misalnya direkrut atau ditampung",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Proses tetap perlu ada. Yang tidak perlu dibuktikan untuk "
                        "anak adalah unsur cara."
                    ),
                },
                {
                    "text": "Tujuan eksploitasi",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Tujuan eksploitasi tetap perlu ada. Yang tidak perlu "
                        "dibuktikan untuk anak adalah unsur cara."
                    ),
                },
                {
                    "text": "Semua unsur tetap harus dibuktikan, sama seperti orang dewasa",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Protokol Palermo membuat aturan khusus untuk anak: unsur "
                        "cara tidak diperlukan."
                    ),
                },
            ],
            "explanation": (
                "Menurut Protokol Palermo, anak adalah setiap orang di bawah 18 tahun. Untuk "
                "korban anak, proses dan tujuan eksploitasi sudah cukup, walaupun tidak ada "
                "ancaman atau penipuan. Artinya, anak tidak bisa setuju untuk dieksploitasi."
            ),
        },
    ),
    # 10. Non-punishment (lesson 5)
    (
        "true_false",
        {
            "statement": (
                "Korban yang dipaksa pelaku menipu orang lain lewat internet pasti ikut dihukum "
                "karena penipuan itu."
            ),
            "answer": False,
            "feedback_true": (
                "Kurang tepat. Pasal 18 UU 21/2007 menyatakan korban yang melakukan tindak "
                "pidana karena dipaksa pelaku perdagangan orang tidak dipidana."
            ),
            "feedback_false": (
                "Tepat. Menurut Pasal 18 UU 21/2007, korban yang melakukan tindak pidana karena "
                "dipaksa pelaku tidak dipidana. Korban seperti ini tidak perlu takut melapor."
            ),
            "explanation": (
                "Banyak korban kompleks penipuan daring dipaksa menipu orang lain. Pasal 18 UU "
                "21/2007 melindungi mereka: korban yang dipaksa melakukan tindak pidana tidak "
                "dipidana."
            ),
        },
    ),
    # 11. Penalty range (lesson 5)
    (
        "single_choice",
        {
            "question": (
                "Berapa ancaman pidana bagi pelaku perdagangan orang di dalam wilayah Indonesia "
                "menurut Pasal 2 ayat (1) UU 21/2007?"
            ),
            "choices": [
                {
                    "text": "Penjara 3 sampai 15 tahun dan denda Rp120 juta sampai Rp600 juta",
                    "correct": True,
                    "feedback": (
                        "Benar. Ancaman yang sama berlaku untuk Pasal 3 (membawa orang masuk ke "
                        "Indonesia) dan Pasal 4 (membawa WNI ke luar negeri)."
                    ),
                },
                {
                    "text": "Penjara 1 sampai 5 tahun dan denda Rp40 juta sampai Rp200 juta",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Itu ancaman untuk menyerang fisik saksi atau petugas "
                        "pengadilan (Pasal 21), bukan untuk perdagangan orang itu sendiri."
                    ),
                },
                {
                    "text": "Penjara 1 sampai 7 tahun dan denda Rp40 juta sampai Rp280 juta",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Itu ancaman untuk keterangan palsu atau pemalsuan dokumen "
                        "negara yang memudahkan TPPO (Pasal 19)."
                    ),
                },
                {
                    "text": "Penjara 5 tahun sampai seumur hidup",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ancaman seberat itu berlaku jika korban meninggal (Pasal "
                        "7), disertai denda Rp200 juta sampai Rp5 miliar."
                    ),
                },
            ],
            "explanation": (
                "Pasal 2 ayat (1), Pasal 3, dan Pasal 4 UU 21/2007 mengancam pelaku dengan "
                "penjara 3 sampai 15 tahun dan denda Rp120 juta sampai Rp600 juta. Ancaman "
                "ditambah sepertiga jika korbannya anak (Pasal 17), pelakunya pejabat (Pasal 8), "
                "atau dilakukan kelompok terorganisasi (Pasal 16)."
            ),
        },
    ),
    # 12. Victims' rights (lesson 5)
    (
        "multiple_choice",
        {
            "question": ("Pilih semua yang termasuk hak korban dan saksi TPPO menurut UU 21/2007."),
            "choices": [
                {
                    "text": "Identitasnya wajib dirahasiakan",
                    "correct": True,
                    "feedback": (
                        "Benar. Pasal 44 mewajibkan identitas korban dan saksi dirahasiakan, dan "
                        "bisa meluas ke keluarga sampai derajat kedua jika mereka diancam."
                    ),
                },
                {
                    "text": "Mendapat perlindungan melalui LPSK",
                    "correct": True,
                    "feedback": (
                        "Benar. Pasal 43: perlindungan saksi dan korban mengikuti UU No. 13 Tahun "
                        "2006, yang dijalankan LPSK."
                    ),
                },
                {
                    "text": "Diperiksa di ruang pelayanan khusus di kantor polisi",
                    "correct": True,
                    "feedback": (
                        "Benar. Pasal 45 mewajibkan setiap provinsi dan kabupaten/kota punya "
                        "ruang pelayanan khusus di kantor polisi untuk memeriksa korban."
                    ),
                },
                {
                    "text": "Nama korban boleh disebarkan di media sosial agar pelaku jera",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Identitas korban wajib dirahasiakan (Pasal 44). "
                        "Menyebarkan nama korban bisa membahayakan korban dan keluarganya."
                    ),
                },
                {
                    "text": "Korban anak harus memberi keterangan di depan terdakwa",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Anak diperiksa dengan pendamping dan tanpa kehadiran "
                        "terdakwa (Pasal 39–40)."
                    ),
                },
            ],
            "explanation": (
                "UU 21/2007 melindungi korban dan saksi: perlindungan LPSK (Pasal 43), identitas "
                "dirahasiakan (Pasal 44), ruang pelayanan khusus di kantor polisi (Pasal 45), dan "
                "pemeriksaan anak yang didampingi tanpa kehadiran terdakwa (Pasal 39–40). Korban "
                "juga bisa meminta restitusi, yaitu ganti rugi dari pelaku."
            ),
        },
    ),
]

FINAL_QUESTIONS = [
    # 1. Three elements (lesson 1)
    (
        "single_choice",
        {
            "question": (
                "Seorang fasilitator berkata, “TPPO bisa dikenali dari tiga unsur.” Pilihan mana "
                "yang menyebut ketiga unsur itu dengan benar?"
            ),
            "choices": [
                {
                    "text": (
                        "Proses (misalnya merekrut), cara (misalnya menipu), dan tujuan "
                        "(eksploitasi)"
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Ini ringkasan Pasal 1 angka 1 UU 21/2007 yang dipakai para "
                        "pelatih di Indonesia."
                    ),
                },
                {
                    "text": "Gaji kecil, jam kerja panjang, dan tempat kerja jauh",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Itu ciri pekerjaan yang buruk, tetapi bukan unsur TPPO. "
                        "Unsurnya adalah proses, cara, dan tujuan eksploitasi."
                    ),
                },
                {
                    "text": "Niat korban, izin keluarga, dan biaya perjalanan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Niat atau persetujuan korban tidak menentukan, terutama "
                        "jika didapat lewat tipuan. Unsurnya adalah proses, cara, dan tujuan."
                    ),
                },
                {
                    "text": "Negara asal, negara transit, dan negara tujuan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. TPPO tidak harus melewati batas negara; Pasal 2 UU "
                        "21/2007 mengatur TPPO di dalam Indonesia."
                    ),
                },
            ],
            "explanation": (
                "Tiga unsur TPPO menurut Pasal 1 angka 1 UU 21/2007: proses (apa yang dilakukan "
                "pelaku), cara (bagaimana pelaku menguasai korban), dan tujuan (eksploitasi). "
                "Untuk korban dewasa, ketiganya perlu ada."
            ),
        },
    ),
    # 2. Which are "means" (lesson 1)
    (
        "multiple_choice",
        {
            "question": (
                "Pilih semua perbuatan yang termasuk unsur CARA, yaitu bagaimana pelaku menguasai "
                "korban."
            ),
            "choices": [
                {
                    "text": "Mengurung korban di sebuah rumah",
                    "correct": True,
                    "feedback": (
                        "Benar. Ini penyekapan, salah satu cara dalam Pasal 1 angka 1 UU 21/2007."
                    ),
                },
                {
                    "text": "Mengancam akan mencelakai keluarga korban",
                    "correct": True,
                    "feedback": "Benar. Ancaman kekerasan termasuk unsur cara.",
                },
                {
                    "text": "Memalsukan umur atau data korban di dokumen",
                    "correct": True,
                    "feedback": "Benar. Pemalsuan termasuk unsur cara.",
                },
                {
                    "text": "Menampung korban di mes sebelum dikirim",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Menampung termasuk unsur PROSES, yaitu apa yang dilakukan "
                        "pelaku terhadap korban."
                    ),
                },
                {
                    "text": "Memaksa korban bekerja tanpa upah",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Kerja paksa adalah bentuk eksploitasi, yaitu unsur TUJUAN."
                    ),
                },
            ],
            "explanation": (
                "Unsur cara: ancaman kekerasan, kekerasan, penculikan, penyekapan, pemalsuan, "
                "penipuan, penyalahgunaan kekuasaan atau posisi rentan, penjeratan utang, atau "
                "memberi bayaran kepada orang yang memegang kendali atas korban. Menampung "
                "termasuk proses, dan kerja paksa termasuk tujuan (eksploitasi)."
            ),
        },
    ),
    # 3. Inside Indonesia too (lessons 1 and 2)
    (
        "true_false",
        {
            "statement": (
                "Seseorang yang direkrut dari Jawa Tengah lalu dipaksa bekerja tanpa upah di "
                "Jakarta bisa menjadi korban TPPO, walaupun tidak pernah ke luar negeri."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Pasal 2 ayat (1) UU 21/2007 mengatur perdagangan orang di dalam wilayah "
                "Indonesia."
            ),
            "feedback_false": (
                "Kurang tepat. Perdagangan orang tidak harus melewati batas negara. Pasal 2 ayat "
                "(1) UU 21/2007 mengatur perdagangan orang di dalam Indonesia."
            ),
            "explanation": (
                "Di kisah ini ada proses (direkrut dan dibawa ke Jakarta) dan tujuan eksploitasi "
                "(kerja paksa). Jika pelaku memakai cara seperti penipuan atau jeratan utang, "
                "pelaku dapat dijerat Pasal 2 ayat (1) UU 21/2007, dengan ancaman yang sama "
                "seperti perdagangan orang ke luar negeri."
            ),
        },
    ),
    # 4. Consent (lesson 2)
    (
        "true_false",
        {
            "statement": (
                "Persetujuan korban tidak berarti apa-apa jika persetujuan itu didapat lewat "
                "penipuan, ancaman, atau penyalahgunaan posisi rentan."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Menurut Protokol Palermo (Pasal 3 huruf b), persetujuan korban tidak "
                "relevan jika pelaku memakai salah satu cara terlarang."
            ),
            "feedback_false": (
                "Kurang tepat. Korban setuju pada janji, bukan pada eksploitasi. Protokol Palermo "
                "menyatakan persetujuan tidak berarti apa-apa jika didapat lewat cara seperti "
                "penipuan."
            ),
            "explanation": (
                "Banyak korban setuju berangkat karena dijanjikan pekerjaan yang baik. "
                "Persetujuan itu tidak menghapus perdagangan orang jika pelaku memakai cara "
                "terlarang (Protokol Palermo, Pasal 3 huruf b). Untuk korban anak, unsur cara "
                "bahkan tidak diperlukan."
            ),
        },
    ),
    # 5. Recruiters are often known to the victim (lesson 2)
    (
        "single_choice",
        {
            "question": (
                "Bu Ani berkata, “Saya tidak perlu memeriksa tawaran kerja ini, karena yang "
                "menawarkan tetangga saya sendiri.” Tanggapan mana yang paling tepat?"
            ),
            "choices": [
                {
                    "text": (
                        "Tetap periksa dulu, karena kebanyakan korban justru kenal dengan "
                        "perekrutnya"
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Kampanye MTV EXIT Indonesia (2012) mengingatkan bahwa kebanyakan "
                        "korban kenal dengan orang yang merekrutnya."
                    ),
                },
                {
                    "text": "Benar, tawaran dari tetangga pasti aman",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ini mitos. Perekrut sering orang yang sudah dikenal, "
                        "sehingga korban mudah percaya."
                    ),
                },
                {
                    "text": "Cukup minta tetangga berjanji bahwa pekerjaannya aman",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Janji tidak bisa menggantikan pemeriksaan, misalnya izin "
                        "agen, visa kerja, dan kontrak kerja."
                    ),
                },
                {
                    "text": "Serahkan paspor kepada tetangga agar prosesnya cepat",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Pesan MTV EXIT Indonesia (2012): jangan serahkan HP, KTP, "
                        "paspor, atau uang kepada siapa pun."
                    ),
                },
            ],
            "explanation": (
                "Kebanyakan korban kenal dengan perekrutnya (MTV EXIT Indonesia, 2012). Jangan "
                "buru-buru: diskusikan tawaran dengan orang lain, tanyakan ke Dinas Tenaga Kerja "
                "atau KP2MI, dan jangan serahkan dokumen atau uang."
            ),
        },
    ),
    # 6. Men can be victims (lesson 3)
    (
        "true_false",
        {
            "statement": (
                "Menurut data Bareskrim Polri untuk Januari–Juli 2024, korban TPPO laki-laki "
                "lebih banyak daripada korban perempuan."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Bareskrim Polri mencatat 396 korban laki-laki dan 302 korban perempuan "
                "pada Januari–Juli 2024."
            ),
            "feedback_false": (
                "Kurang tepat. Bareskrim Polri mencatat 396 korban laki-laki, lebih banyak "
                "daripada 302 korban perempuan, pada Januari–Juli 2024."
            ),
            "explanation": (
                "Data Bareskrim Polri Januari–Juli 2024: 396 korban laki-laki dan 302 korban "
                "perempuan (Kemenko PMK melalui Sindonews, 15 Juli 2024). Laki-laki juga bisa "
                "menjadi korban, walaupun sering tidak dikenali sebagai korban."
            ),
        },
    ),
    # 7. Who is vulnerable (lesson 3)
    (
        "multiple_choice",
        {
            "question": (
                "Siapa saja yang pernah menjadi sasaran perekrut perdagangan orang, menurut "
                "laporan yang kita pelajari? Pilih semua yang benar."
            ),
            "choices": [
                {
                    "text": "Lulusan SMA dan perguruan tinggi yang sulit mendapat kerja",
                    "correct": True,
                    "feedback": (
                        "Benar. Menurut IOM dan Kemlu (2023), mereka disasar lewat lowongan "
                        "penipuan daring di luar negeri."
                    ),
                },
                {
                    "text": "Mahasiswa yang ditawari “magang” ke luar negeri",
                    "correct": True,
                    "feedback": (
                        "Benar. Pada 2023, sekitar 1.047 mahasiswa berangkat ke Jerman lewat "
                        "program ferienjob yang dipromosikan sebagai magang."
                    ),
                },
                {
                    "text": "Perempuan yang menghidupi keluarga setelah bercerai",
                    "correct": True,
                    "feedback": (
                        "Benar. KemenPPPA (2019) mencatat janda atau perempuan bercerai yang "
                        "menghidupi keluarga sering menjadi korban."
                    ),
                },
                {
                    "text": "Hanya orang yang malas atau tidak pernah sekolah",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ini menyalahkan korban. Pelaku juga menyasar mahasiswa, "
                        "lulusan perguruan tinggi, dan kelas menengah."
                    ),
                },
            ],
            "explanation": (
                "Siapa saja bisa menjadi sasaran. Kemenko PMK (Januari 2024) menyebut kemiskinan, "
                "pengangguran, pendidikan rendah, lemahnya perlindungan, dan putus sekolah "
                "sebagai pendorong utama, tetapi kelas menengah, mahasiswa, dan lulusan "
                "perguruan tinggi juga disasar. Pelaku memanfaatkan keadaan, bukan kesalahan "
                "korban."
            ),
        },
    ),
    # 8. Red flags in a job offer (lesson 3)
    (
        "red_flags",
        {
            "title": "Tandai tanda bahaya dalam percakapan ini",
            "scenario": (
                "<p><i>Contoh percakapan rekaan untuk latihan, dengan nama samaran.</i></p>"
                "<p><b>Pak Joko (sponsor):</b> Bu Wati, ada kerja jadi pekerja rumah tangga di "
                "Malaysia. Gajinya dibayar tiap bulan.</p>"
                "<p><b>Pak Joko:</b> Tidak usah lewat kantor agen. Lewat saya saja, lebih "
                "cepat.</p>"
                "<p><b>Pak Joko:</b> Berangkatnya pakai visa kunjungan dulu, nanti di sana "
                "diurus.</p>"
                "<p><b>Pak Joko:</b> Ibu cukup transfer biaya proses Rp3 juta ke rekening "
                "saya.</p>"
                "<p><b>Pak Joko:</b> Paspor Ibu nanti saya yang pegang, biar aman.</p>"
                "<p><b>Bu Wati:</b> Saya tanya keluarga dan Disnaker dulu ya, Pak.</p>"
            ),
            "image": "",
            "image_alt": "",
            "statements": [
                {
                    "text": "Berangkat lewat perorangan (sponsor), bukan lewat agen berizin.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Orang perseorangan yang menempatkan pekerja migran "
                        "diancam penjara paling lama 10 tahun dan denda paling banyak Rp15 miliar "
                        "(Pasal 81 UU 18/2017)."
                    ),
                },
                {
                    "text": "Berangkat dengan visa kunjungan.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Hanya visa kerja yang membolehkan bekerja secara resmi "
                        "di luar negeri (Pasal 13 UU 18/2017)."
                    ),
                },
                {
                    "text": "Diminta membayar biaya proses Rp3 juta.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Pekerja migran tidak boleh dibebani biaya penempatan "
                        "(Pasal 30 ayat (1) UU 18/2017)."
                    ),
                },
                {
                    "text": "Paspor akan dipegang sponsor.",
                    "suspicious": True,
                    "feedback": (
                        "Tanda bahaya. Paspor yang ditahan orang lain membuat seseorang sulit "
                        "pergi atau pulang. Jangan serahkan paspor kepada siapa pun."
                    ),
                },
                {
                    "text": "Pekerjaannya sebagai pekerja rumah tangga di Malaysia.",
                    "suspicious": False,
                    "feedback": (
                        "Bukan tanda bahaya dengan sendirinya. Bekerja di luar negeri adalah hak, "
                        "asalkan lewat jalur resmi: agen berizin, visa kerja, dan kontrak kerja."
                    ),
                },
                {
                    "text": "Bu Wati ingin bertanya dulu kepada keluarga dan Disnaker.",
                    "suspicious": False,
                    "feedback": (
                        "Bukan tanda bahaya. Ini langkah yang tepat: jangan buru-buru, "
                        "diskusikan dengan orang lain, dan tanyakan ke Dinas Tenaga Kerja."
                    ),
                },
            ],
            "explanation": (
                "Ada empat tanda bahaya: penempatan oleh perorangan, visa kunjungan, biaya "
                "proses, dan paspor dipegang sponsor. Pekerjaan di luar negeri itu sendiri bukan "
                "masalah, asalkan lewat jalur resmi. Langkah Bu Wati bertanya dulu ke keluarga "
                "dan Disnaker sudah tepat."
            ),
        },
    ),
    # 9. Children cannot consent (lesson 4)
    (
        "single_choice",
        {
            "question": (
                "Seorang remaja 15 tahun berkata ia “mau sendiri” ikut bekerja di tempat "
                "hiburan malam, lalu dieksploitasi secara seksual. Menurut standar "
                "internasional, bagaimana kedudukan persetujuannya?"
            ),
            "choices": [
                {
                    "text": (
                        "Persetujuannya tidak berarti apa-apa, karena anak tidak bisa setuju "
                        "untuk dieksploitasi"
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Menurut Protokol Palermo, untuk anak di bawah 18 tahun cukup ada "
                        "proses dan tujuan eksploitasi; unsur cara tidak diperlukan."
                    ),
                },
                {
                    "text": "Karena ia setuju, ini bukan perdagangan orang",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Anak tidak bisa setuju untuk dieksploitasi. Yang "
                        "bersalah tetap orang dewasa yang merekrut dan memanfaatkannya."
                    ),
                },
                {
                    "text": "Ini baru perdagangan orang jika ia diculik",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Untuk korban anak, tidak perlu ada penculikan, ancaman, "
                        "atau penipuan."
                    ),
                },
                {
                    "text": "Ini baru perdagangan orang jika ia dibawa ke luar negeri",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Perdagangan orang juga bisa terjadi di dalam negeri "
                        "(Pasal 2 UU 21/2007), dan ancamannya ditambah sepertiga jika korbannya "
                        "anak (Pasal 17)."
                    ),
                },
            ],
            "explanation": (
                "Anak adalah setiap orang di bawah 18 tahun. Menurut Protokol Palermo, untuk "
                "korban anak cukup ada proses dan tujuan eksploitasi. Kata “mau sendiri” tidak "
                "mengubah apa pun. UU 21/2007 juga menambah ancaman pidana sepertiga jika "
                "korbannya anak (Pasal 17)."
            ),
        },
    ),
    # 10. Non-punishment (lesson 5)
    (
        "true_false",
        {
            "statement": (
                "Menurut Pasal 18 UU 21/2007, korban yang melakukan tindak pidana karena dipaksa "
                "pelaku perdagangan orang tidak dipidana."
            ),
            "answer": True,
            "feedback_true": (
                "Tepat. Misalnya korban yang dipaksa menipu orang lewat internet di kompleks "
                "penipuan daring tidak dipidana atas perbuatan itu."
            ),
            "feedback_false": (
                "Kurang tepat. Pasal 18 UU 21/2007 justru melindungi korban: yang dipaksa pelaku "
                "melakukan tindak pidana tidak dipidana."
            ),
            "explanation": (
                "Pasal 18 UU 21/2007 melindungi korban yang dipaksa melakukan tindak pidana, "
                "misalnya menipu orang lain. Dengan begitu korban tidak perlu takut melapor."
            ),
        },
    ),
    # 11. Penalty range (lesson 5)
    (
        "single_choice",
        {
            "question": (
                "Seorang perekrut membawa WNI ke luar negeri untuk dieksploitasi (Pasal 4 UU "
                "21/2007). Berapa ancaman pidananya?"
            ),
            "choices": [
                {
                    "text": "Penjara 1 sampai 7 tahun dan denda Rp40 juta sampai Rp280 juta",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Itu ancaman untuk kesaksian atau bukti palsu dalam sidang "
                        "TPPO (Pasal 20) dan untuk keterangan atau dokumen palsu (Pasal 19)."
                    ),
                },
                {
                    "text": "Penjara 3 sampai 15 tahun dan denda Rp120 juta sampai Rp600 juta",
                    "correct": True,
                    "feedback": (
                        "Benar. Ancaman ini sama untuk Pasal 2 ayat (1) (di dalam negeri), Pasal "
                        "3 (masuk ke Indonesia), dan Pasal 4 (ke luar negeri)."
                    ),
                },
                {
                    "text": "Penjara paling lama 5 tahun",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Itu ancaman untuk menghalangi penyidikan, misalnya "
                        "menyembunyikan tersangka (Pasal 22)."
                    ),
                },
                {
                    "text": "Penjara 5 tahun sampai seumur hidup",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Ancaman seberat itu berlaku jika korban meninggal (Pasal "
                        "7), disertai denda Rp200 juta sampai Rp5 miliar."
                    ),
                },
            ],
            "explanation": (
                "Pasal 2 ayat (1), 3, dan 4 UU 21/2007 mengancam pelaku dengan penjara 3 sampai "
                "15 tahun dan denda Rp120 juta sampai Rp600 juta. Dalam kasus jual-beli ginjal "
                "ke Kamboja (2023), para pelaku jaringan dijerat Pasal 2 dan Pasal 4."
            ),
        },
    ),
    # 12. Victims' rights (lesson 5)
    (
        "multiple_choice",
        {
            "question": (
                "Rudi (nama samaran) pulang setelah dipaksa bekerja di luar negeri dan ingin "
                "melapor. Hak apa saja yang ia punya menurut UU 21/2007? Pilih semua yang benar."
            ),
            "choices": [
                {
                    "text": (
                        "Identitasnya dirahasiakan, dan jika keluarganya diancam, perlindungan "
                        "bisa meluas ke keluarganya"
                    ),
                    "correct": True,
                    "feedback": (
                        "Benar. Pasal 44: identitas korban dan saksi wajib dirahasiakan, dan bisa "
                        "meluas ke keluarga sampai derajat kedua jika diancam."
                    ),
                },
                {
                    "text": "Meminta perlindungan LPSK",
                    "correct": True,
                    "feedback": (
                        "Benar. Pasal 43: perlindungan saksi dan korban mengikuti UU No. 13 Tahun "
                        "2006 dan dijalankan LPSK."
                    ),
                },
                {
                    "text": "Meminta restitusi, yaitu ganti rugi dari pelaku",
                    "correct": True,
                    "feedback": (
                        "Benar. Restitusi wajib dibayar pelaku kepada korban; prosesnya "
                        "melibatkan LPSK, jaksa, dan pengadilan."
                    ),
                },
                {
                    "text": "Rudi kehilangan haknya karena dulu setuju berangkat",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Persetujuan yang didapat lewat tipuan tidak berarti "
                        "apa-apa, dan hak dalam Pasal 43–45 berlaku bagi korban dan saksi."
                    ),
                },
                {
                    "text": "Polisi boleh mengumumkan nama Rudi kepada wartawan",
                    "correct": False,
                    "feedback": (
                        "Kurang tepat. Identitas korban dan saksi wajib dirahasiakan (Pasal 44 UU "
                        "21/2007)."
                    ),
                },
            ],
            "explanation": (
                "Korban dan saksi TPPO dilindungi: perlindungan LPSK (Pasal 43), identitas "
                "dirahasiakan (Pasal 44), ruang pelayanan khusus di kantor polisi (Pasal 45), dan "
                "restitusi dari pelaku. Jika Rudi dipaksa melakukan tindak pidana, ia juga tidak "
                "dipidana (Pasal 18)."
            ),
        },
    ),
]

PRETEST = {
    "slug": "pra-tes",
    "title": "Pra-tes: Kenali TPPO",
    "kind": "pretest",
    "intro": (
        "Pra-tes ini mengukur apa yang sudah Anda ketahui sebelum belajar. Pra-tes hanya bisa "
        "dikerjakan satu kali, dan nilainya tidak menentukan sertifikat. Jawablah sendiri dan "
        "sejujurnya, tanpa mencari jawaban. Setelah belajar, Anda mengerjakan tes akhir dengan "
        "soal yang mirip, sehingga kemajuan Anda terlihat."
    ),
    "pass_mark": 70,
    "max_attempts": 1,
    "after_lesson": None,
    "questions": PRETEST_QUESTIONS,
}

FINAL_TEST = {
    "slug": "tes-akhir",
    "title": "Tes Akhir: Kenali TPPO",
    "kind": "final",
    "intro": (
        "Tes akhir ini membahas semua pelajaran dalam kursus. Nilai lulusnya 70, dan Anda boleh "
        "mengulang jika belum lulus. Setelah lulus tes akhir dan menyelesaikan semua pelajaran, "
        "Anda mendapat sertifikat."
    ),
    "pass_mark": 70,
    "max_attempts": 0,
    "after_lesson": None,
    "questions": FINAL_QUESTIONS,
}

COURSE = {
    "slug": "kenali-tppo",
    "title": "Kenali TPPO",
    "summary": (
        "Kursus dasar tentang perdagangan orang (TPPO): artinya menurut UU No. 21 Tahun 2007, "
        "tiga unsurnya, mitos dan fakta, siapa yang berisiko, mengapa anak tidak bisa memberi "
        "persetujuan, hak korban, dan hukuman bagi pelaku. Dilengkapi pra-tes dan tes akhir. "
        "Isinya ditulis dari sumber terbuka yang dicantumkan di setiap pelajaran."
    ),
    "audience": (
        "Warga Jakarta, pengurus RT/RW, orang tua, pelajar, pencari kerja, dan siapa saja yang "
        "ingin mengenali perdagangan orang di sekitarnya"
    ),
    "estimated_minutes": 45,
    "objectives": [
        "Menjelaskan tiga unsur perdagangan orang (proses, cara, tujuan) menurut UU No. 21 Tahun "
        "2007, di dalam negeri maupun antarnegara.",
        "Membedakan mitos dan fakta tentang perdagangan orang, termasuk soal persetujuan korban.",
        "Menyebutkan siapa saja yang berisiko menjadi korban, termasuk laki-laki, dan mengenali "
        "tanda bahaya pada tawaran kerja.",
        "Menjelaskan mengapa anak tidak bisa memberi persetujuan untuk dieksploitasi.",
        "Menyebutkan hak korban dan saksi serta ancaman pidana bagi pelaku menurut UU 21/2007.",
    ],
    "lessons": [
        LESSON_WHAT_IS_TPPO,
        LESSON_MYTHS,
        LESSON_WHO_IS_AT_RISK,
        LESSON_CHILDREN,
        LESSON_RIGHTS_AND_PENALTIES,
    ],
    "quizzes": [PRETEST, FINAL_TEST],
}
