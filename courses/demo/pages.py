"""Demo content for the "Tentang", "Pemberitahuan Privasi" and "Bantuan & Lapor" pages.

Facts come from the verified ([V]) items of shared/content/fact-brief.md. The privacy notice
describes what the code in accounts/ actually stores; keep both in step, and raise
settings.PRIVACY_NOTICE_VERSION together with the version named in the text.
"""

ABOUT = {
    "slug": "tentang",
    "title": "Tentang Waspada TPPO",
    "intro": (
        "Waspada TPPO adalah situs belajar untuk membantu warga Jakarta mengenali bujukan para "
        "pelaku perdagangan orang, menolong dengan aman, dan tahu ke mana harus melapor."
    ),
    "body": [
        ("heading", {"text": "Apa itu Waspada TPPO?", "level": "h2"}),
        (
            "paragraph",
            "<p>TPPO adalah singkatan dari Tindak Pidana Perdagangan Orang. Di situs ini Anda bisa "
            "belajar lewat kursus singkat. Setiap kursus terdiri dari beberapa pelajaran dengan "
            "tanda bahaya, kisah contoh, dan kuis. Anda bisa membaca pelajaran tanpa membuat akun. "
            "Akun hanya diperlukan untuk menyimpan kemajuan belajar dan mendapat sertifikat.</p>"
            "<p>Situs ini juga bisa dipakai dalam kegiatan sosialisasi (penyuluhan) bersama "
            "fasilitator, misalnya di RPTRA (Ruang Publik Terpadu Ramah Anak), sekolah, kampus, "
            "atau pertemuan warga.</p>",
        ),
        ("heading", {"text": "Untuk siapa?", "level": "h2"}),
        (
            "paragraph",
            "<ul><li>pencari kerja, terutama yang tertarik bekerja di luar negeri;</li>"
            "<li>pelajar dan mahasiswa yang mendapat tawaran magang atau beasiswa;</li>"
            "<li>orang tua yang ingin melindungi anaknya;</li>"
            "<li>pengurus RT/RW, kader, dan tokoh masyarakat;</li>"
            "<li>siapa saja yang ingin tahu cara mengenali dan melaporkan perdagangan orang.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Perdagangan orang di Jakarta", "level": "h2"}),
        (
            "paragraph",
            "<p>Jakarta adalah salah satu daerah tujuan dan tempat singgah korban perdagangan "
            "orang. Pada 2024, pejabat menyebut DKI Jakarta sebagai daerah tujuan dan transit "
            "terbesar kedua setelah Tanjung Pinang (Pemkot Jakarta Barat, 26 September 2024). "
            "Sebagian besar korban yang ditangani di Jakarta bukan warga Jakarta (Antara, "
            "2024).</p>"
            "<p>Untuk mencegah dan menangani perdagangan orang, Pemprov DKI Jakarta punya "
            "<b>Gugus Tugas Pencegahan dan Penanganan TPPO</b>. Dasarnya adalah Peraturan Gubernur "
            "(Pergub) DKI Jakarta Nomor 64 Tahun 2019, yang menggantikan Pergub Nomor 218 Tahun "
            "2010. Gugus tugas ini adalah lembaga koordinatif, yaitu wadah yang menyatukan "
            "langkah berbagai instansi dalam pencegahan dan penanganan TPPO (Antara, 2024). Di "
            "Jakarta Barat saja, 36 unit kerja perangkat daerah ikut dalam gugus tugas (Pemkot "
            "Jakarta Barat, 27 Juni 2023).</p>"
            "<p>Gugus tugas di daerah dibentuk berdasarkan Pasal 58 ayat (3) UU No. 21 Tahun 2007 "
            "dan Pasal 12 Peraturan Presiden (Perpres) Nomor 69 Tahun 2008. Di tingkat nasional, "
            "aturan gugus tugas diubah untuk kedua kalinya dengan Perpres Nomor 49 Tahun "
            "2023, yang ditandatangani pada 10 Agustus 2023.</p>"
            "<p>Waspada TPPO ingin mendukung kerja pencegahan ini dengan materi belajar yang mudah "
            "dipahami. Laporan untuk gugus tugas hanya berupa angka gabungan, misalnya jumlah "
            "peserta per wilayah, tanpa nama atau data yang bisa mengenali seseorang.</p>",
        ),
        ("heading", {"text": "Dari mana isi situs ini?", "level": "h2"}),
        (
            "paragraph",
            "<p>Semua materi ditulis ulang dengan bahasa sederhana dari sumber terbuka: undang-"
            "undang, keterangan lembaga pemerintah, dan berita media. Daftar sumber ada di akhir "
            "setiap pelajaran. Setiap angka disertai tahun dan sumbernya. Angka dari lembaga yang "
            "berbeda dihitung dengan cara berbeda, jadi tidak bisa langsung dibandingkan.</p>"
            "<p>Kisah dalam kartu kisah adalah ilustrasi dengan nama samaran. Kisah itu disusun "
            "dari pola kasus yang pernah dilaporkan, bukan cerita tentang orang yang "
            "sebenarnya.</p>"
            "<p>Nomor layanan pengaduan bisa berubah. Di halaman Bantuan &amp; Lapor, setiap nomor "
            "disertai sumber dan tanggalnya.</p>",
        ),
        ("heading", {"text": "Sumber terbuka", "level": "h2"}),
        (
            "paragraph",
            "<p>Waspada TPPO adalah perangkat lunak sumber terbuka. Artinya, kode programnya "
            "terbuka untuk umum. Siapa saja boleh mempelajari, memakai, dan memperbaikinya, "
            "misalnya untuk membuat situs serupa di daerah lain.</p>",
        ),
        ("heading", {"text": "Menghubungi pengelola", "level": "h2"}),
        (
            "paragraph",
            "<p>Untuk pertanyaan tentang situs ini, tentang isi pelajaran, atau tentang data "
            "pribadi Anda, sampaikan kepada fasilitator kelas Anda. Fasilitator akan meneruskannya "
            "kepada pengelola situs.</p>",
        ),
        (
            "help_link",
            {"text": "Butuh bantuan atau ingin melapor sekarang? Buka halaman Bantuan & Lapor."},
        ),
        (
            "sources",
            {
                "items": [
                    "Antara, “Pemprov DKI perkuat gugus tugas pencegahan TPPO”, 2024 "
                    "(antaranews.com)",
                    "Pemkot Jakarta Barat, “OPD Pemkot Jakbar ikut pertemuan tim gugus tugas "
                    "TPPO”, 26 September 2024 (barat.jakarta.go.id)",
                    "Pemkot Jakarta Barat, pertemuan hibrida Gugus Tugas TPPO, 27 Juni 2023 "
                    "(barat.jakarta.go.id)",
                    "Pertimbangan Pergub Bangka Belitung No. 54 Tahun 2013, tentang dasar hukum "
                    "gugus tugas daerah (123dok.com)",
                    "Tirto, perubahan susunan Gugus Tugas TPPO lewat Perpres 49/2023, "
                    "11 Agustus 2023 (tirto.id)",
                ]
            },
        ),
    ],
}

PRIVACY = {
    "slug": "privasi",
    "title": "Pemberitahuan Privasi",
    "intro": (
        "Pemberitahuan ini menjelaskan data apa yang kami kumpulkan, untuk apa, siapa yang bisa "
        "melihatnya, berapa lama disimpan, dan apa hak Anda menurut UU Nomor 27 Tahun 2022 "
        "tentang Pelindungan Data Pribadi (UU PDP). Versi 2026-11."
    ),
    "body": [
        (
            "key_points",
            {
                "title": "Ringkasnya",
                "points": [
                    "Anda bisa membaca semua pelajaran tanpa akun. Kami baru menyimpan data "
                    "pribadi Anda jika Anda membuat akun.",
                    "Kami hanya meminta data yang perlu. Sebagian besar isian tidak wajib.",
                    "Data Anda hanya dilihat oleh Anda, fasilitator kelas Anda, dan admin situs. "
                    "Gugus tugas hanya melihat angka gabungan.",
                    "Anda bisa mengunduh data Anda dan menghapus akun kapan saja.",
                    "Kami tidak memakai cookie pelacak atau iklan.",
                ],
            },
        ),
        ("heading", {"text": "Data yang kami kumpulkan dan untuk apa", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Nama lengkap</b> (wajib): untuk dicetak di sertifikat Anda.</li>"
            "<li><b>Nama pengguna dan kata sandi</b> (wajib): untuk masuk ke akun. Kata sandi "
            "disimpan dalam bentuk sandi acak, sehingga tidak bisa dibaca oleh siapa pun, "
            "termasuk admin.</li>"
            "<li><b>Alamat email</b> (tidak wajib): untuk mengatur ulang kata sandi jika Anda "
            "lupa. Kami tidak mengirim iklan.</li>"
            "<li><b>Wilayah tempat tinggal</b> (kota administrasi di Jakarta, atau provinsi jika "
            "di luar Jakarta), <b>kelompok usia</b>, dan <b>jenis kelamin</b> (semuanya tidak "
            "wajib): hanya untuk laporan berupa jumlah, misalnya berapa orang di Jakarta Timur "
            "yang sudah menyelesaikan kursus. Data ini membantu melihat apakah sosialisasi sudah "
            "menjangkau semua wilayah dan kelompok.</li>"
            "<li><b>Kemajuan belajar</b>: kursus yang Anda ikuti, pelajaran yang sudah selesai, "
            "hasil kuis, dan sertifikat. Untuk menyimpan kemajuan Anda, menerbitkan sertifikat, "
            "dan mengukur (secara gabungan) apakah kursus ini membantu orang belajar.</li>"
            "<li><b>Catatan persetujuan</b>: versi pemberitahuan privasi yang Anda setujui dan "
            "waktunya. Untuk bukti bahwa Anda sudah memberi persetujuan.</li>"
            "<li><b>Waktu mendaftar dan terakhir masuk</b>: untuk menjalankan akun Anda.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Siapa yang bisa melihat data Anda", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Anda sendiri</b>, di halaman profil.</li>"
            "<li><b>Fasilitator</b> kelas yang Anda ikuti, misalnya saat sosialisasi. Mereka "
            "melihat nama, kemajuan belajar, nilai kuis, dan status sertifikat peserta kelasnya "
            "saja.</li>"
            "<li><b>Admin situs</b>, untuk menjalankan dan memperbaiki situs.</li>"
            "<li><b>Gugus tugas</b> hanya melihat angka gabungan, misalnya per wilayah, per "
            "kursus, dan per bulan. Mereka tidak melihat nama atau data yang bisa mengenali "
            "Anda.</li>"
            "</ul>"
            "<p>Jika Anda menunjukkan sertifikat kepada orang lain, orang itu bisa memeriksa "
            "keaslian sertifikat dengan kodenya. Kami tidak menjual data Anda dan tidak "
            "membagikannya untuk iklan.</p>",
        ),
        ("heading", {"text": "Berapa lama data disimpan", "level": "h2"}),
        (
            "paragraph",
            "<p>Data pribadi Anda disimpan selama akun Anda masih ada. Jika Anda menghapus akun, "
            "data yang mengenali Anda dihapus seperti dijelaskan di bawah. Yang tersisa hanya "
            "catatan kemajuan belajar tanpa nama.</p>",
        ),
        ("heading", {"text": "Hak Anda", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Melihat dan mengunduh data.</b> Di halaman profil, pilih <b>Unduh data "
            "saya</b>. Anda akan mendapat berkas JSON (berkas teks yang rapi) berisi data pribadi "
            "dan kemajuan belajar Anda.</li>"
            "<li><b>Memperbaiki data.</b> Anda bisa mengubah nama, email, wilayah, kelompok usia, "
            "dan jenis kelamin di halaman profil kapan saja. Sertifikat yang sudah terbit tidak "
            "ikut berubah; hubungi fasilitator jika nama di sertifikat salah.</li>"
            "<li><b>Menghapus akun.</b> Di halaman profil, pilih <b>Hapus akun</b>. Kami akan "
            "menghapus nama, nama pengguna, email, jenis kelamin, kata sandi, dan catatan "
            "persetujuan Anda. Catatan kemajuan belajar tetap disimpan tanpa nama, bersama "
            "wilayah dan kelompok usia, supaya jumlah dalam laporan gabungan tidak berubah. "
            "Setelah dihapus, akun tidak bisa dipulihkan.</li>"
            "<li><b>Menarik persetujuan.</b> Anda bisa menarik persetujuan dengan menghapus "
            "akun.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Cookie", "level": "h2"}),
        (
            "paragraph",
            "<p>Cookie adalah berkas kecil yang disimpan peramban (browser) di ponsel atau "
            "komputer Anda. Kami hanya memakai dua jenis cookie:</p>"
            "<ul>"
            "<li><b>Cookie sesi</b>: supaya Anda tetap masuk ke akun dan untuk menampilkan pesan "
            "singkat, misalnya “Profil Anda sudah disimpan”.</li>"
            "<li><b>Cookie keamanan</b>: untuk melindungi formulir dari penyalahgunaan oleh situs "
            "lain.</li>"
            "</ul>"
            "<p>Untuk keamanan, alamat IP (alamat internet) perangkat Anda disimpan sementara, "
            "hanya beberapa menit, untuk mencegah orang mencoba-coba kata sandi berulang kali.</p>"
            "<p>Kami tidak memakai cookie pelacak, alat analitik dari pihak lain, atau iklan. "
            "Video dari YouTube atau Vimeo baru dimuat setelah Anda menekan tombol putar. "
            "Setelah itu, aturan privasi layanan video tersebut yang berlaku.</p>",
        ),
        ("heading", {"text": "Versi dan perubahan", "level": "h2"}),
        (
            "paragraph",
            "<p>Ini adalah pemberitahuan privasi versi <b>2026-11</b>. Jika isinya berubah, kami "
            "akan menerbitkan versi baru dengan nomor versi yang baru di halaman ini.</p>",
        ),
        ("heading", {"text": "Kontak", "level": "h2"}),
        (
            "paragraph",
            "<p>Jika Anda punya pertanyaan atau ingin memakai hak Anda dengan cara lain, hubungi "
            "pengelola situs melalui fasilitator atau alamat yang tercantum di halaman "
            "Tentang.</p>",
        ),
    ],
}

HELP = {
    "slug": "bantuan",
    "title": "Bantuan & Lapor",
    "intro": (
        "Jika ada orang dalam bahaya sekarang, segera telepon polisi di 110 atau Jakarta Siaga "
        "112. Di bawah ini ada daftar layanan pengaduan dan langkah yang bisa Anda ambil."
    ),
    "body": [
        (
            "heading",
            {"text": "Jika Anda atau orang yang Anda kenal mungkin menjadi korban", "level": "h2"},
        ),
        (
            "paragraph",
            "<p>Anda tidak bersalah, dan Anda tidak sendirian. Langkah-langkah ini bisa "
            "membantu:</p>"
            "<ol>"
            "<li><b>Utamakan keselamatan.</b> Jika ada bahaya sekarang, telepon 110 atau 112.</li>"
            "<li><b>Jangan menghadapi pelaku sendiri</b>, dan jangan mencoba menyelamatkan korban "
            "sendirian. Itu bisa membahayakan Anda dan korban.</li>"
            "<li><b>Catat fakta</b> yang Anda lihat atau dengar: tanggal, tempat, nama atau ciri "
            "orang, nomor kendaraan, dan apa yang terjadi.</li>"
            "<li><b>Simpan bukti</b> seperti iklan lowongan, pesan, atau surat, tetapi jangan "
            "mengambil risiko untuk mendapatkannya.</li>"
            "<li><b>Laporkan</b> ke salah satu layanan di daftar ini. Untuk perempuan dan anak, "
            "SAPA 129 bisa menjadi pintu pertama.</li>"
            "<li><b>Jika korban ada di luar negeri</b>, hubungi hotline Pelindungan WNI "
            "Kementerian Luar Negeri atau KBRI/KJRI di negara itu. Setiap KBRI dan KJRI punya "
            "hotline 24 jam sendiri.</li>"
            "</ol>",
        ),
        ("heading", {"text": "Yang perlu disiapkan saat melapor", "level": "h2"}),
        (
            "paragraph",
            "<p>Jika Anda melaporkan agen atau perekrut yang tidak resmi, siapkan sebisanya:</p>"
            "<ul>"
            "<li>nama dan alamat agen atau perusahaan;</li>"
            "<li>nama dan nomor kontak orang-orang yang terlibat;</li>"
            "<li>dokumen yang mencurigakan, misalnya iklan, pesan, kontrak, atau bukti "
            "pembayaran;</li>"
            "<li>urutan kejadian: kapan pertama dihubungi, apa yang dijanjikan, dan apa yang "
            "terjadi setelahnya.</li>"
            "</ul>"
            "<p>Tidak punya semuanya? Tetap laporkan apa yang Anda ketahui.</p>",
        ),
        ("heading", {"text": "Lapor, jangan hanya diunggah ke media sosial", "level": "h2"}),
        (
            "paragraph",
            "<p>Kementerian Luar Negeri (2018) meminta masyarakat melapor langsung, bukan hanya "
            "mengunggah kejadian ke media sosial. Unggahan yang ramai dibicarakan bisa baru "
            "ditangani beberapa hari kemudian, sedangkan laporan lewat telepon bisa "
            "ditindaklanjuti "
            "pada hari itu juga.</p>"
            "<p>Jangan menyebarkan foto, nama, atau alamat korban. Menurut Pasal 44 UU No. 21 "
            "Tahun "
            "2007, identitas korban dan saksi wajib dirahasiakan.</p>",
        ),
        ("heading", {"text": "Apa yang dilakukan SAPA 129?", "level": "h2"}),
        (
            "paragraph",
            "<p>SAPA 129 adalah layanan Kementerian Pemberdayaan Perempuan dan Perlindungan Anak "
            "(KemenPPPA) untuk kekerasan terhadap perempuan dan anak, termasuk perdagangan orang. "
            "Siapa saja yang melihat atau mendengar kejadian boleh melapor. SAPA 129 memberi enam "
            "layanan:</p>"
            "<ol>"
            "<li>menerima pengaduan;</li>"
            "<li>penjangkauan, yaitu petugas datang menemui korban;</li>"
            "<li>pengelolaan kasus;</li>"
            "<li>penampungan sementara;</li>"
            "<li>mediasi;</li>"
            "<li>pendampingan korban.</li>"
            "</ol>"
            "<p>Jika di suatu daerah belum ada UPTD PPA (unit layanan perlindungan perempuan dan "
            "anak milik pemerintah daerah), SAPA 129 akan meneruskan penanganan kasusnya.</p>",
        ),
        ("heading", {"text": "Melapor langsung di Jakarta", "level": "h2"}),
        (
            "paragraph",
            "<p>Menurut Dinas PPAPP DKI Jakarta (Februari dan November 2025), ada 44 pos "
            "pengaduan, satu di setiap "
            "kecamatan. Pos ini berada di RPTRA (Ruang Publik Terpadu Ramah Anak) atau rumah "
            "susun, dilayani konselor dan paralegal (pendamping hukum), dan gratis.</p>"
            "<p>Ada juga Pos SAPA di 69 titik TransJakarta, MRT, dan LRT, di 12 kampus, di "
            "Terminal Pulogebang, dan di 324 RPTRA. Lokasinya bisa berubah, jadi tanyakan dulu "
            "di kelurahan atau kecamatan Anda.</p>",
        ),
        (
            "key_points",
            {
                "title": "Hak korban",
                "points": [
                    "Identitas korban dan saksi wajib dirahasiakan (Pasal 44 UU 21/2007).",
                    "Saksi dan korban bisa mendapat perlindungan dari LPSK (Pasal 43 UU 21/2007).",
                    "Setiap provinsi dan kabupaten/kota wajib punya ruang pelayanan khusus di "
                    "kantor polisi untuk memeriksa korban (Pasal 45 UU 21/2007).",
                    "Korban yang dipaksa pelaku melakukan tindak pidana tidak dipidana (Pasal 18 "
                    "UU 21/2007).",
                    "Korban bisa meminta restitusi, yaitu ganti rugi dari pelaku, dengan bantuan "
                    "LPSK, jaksa, dan pengadilan.",
                ],
            },
        ),
        (
            "sources",
            {
                "items": [
                    "SAPA 129: Detik, 15 Desember 2021; Halojabar (mengutip setkab.go.id); "
                    "Tribratanews dan IDN Times, 21 September 2023; Kontan, 2025",
                    "Pos pengaduan DKI: BeritaNasional dan Merdeka, 26 Februari 2025; "
                    "Selalukabar/Antara, November 2025",
                    "Kemlu tentang melapor dan hotline KBRI/KJRI: Kumparan, 20 Februari 2018; "
                    "Republika, 14 Februari 2015",
                    "Teks UU No. 21 Tahun 2007 Pasal 39–45, “Perlindungan saksi dan korban” "
                    "(text-id.123dok.com)",
                    "Teks UU No. 21 Tahun 2007 Pasal 16–21 (text-id.123dok.com)",
                    "Lintasatlantik, jalur pelaporan agen tidak resmi, Desember 2025 (blog)",
                    "Abstrak jurnal tentang restitusi bagi korban TPPO, 2025 "
                    "(garuda.kemdiktisaintek.go.id)",
                ]
            },
        ),
    ],
}
