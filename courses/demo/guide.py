"""Demo content page "Panduan Fasilitator": how to run a sosialisasi session with the platform.

Practical advice for facilitators in Indonesian. The pre/post-test advice rests on section 6.2 of
shared/content/fact-brief.md; the platform features named (classes, join code / QR, adding
participants without a phone, one-PDF certificate printing) are those listed for the Fasilitator
role in shared/DESIGN.md. Only heading, paragraph, key_points, quote, help_link, sources blocks.
"""

GUIDE = {
    "slug": "panduan-fasilitator",
    "title": "Panduan Fasilitator: Menjalankan Sosialisasi",
    "intro": (
        "Panduan praktis bagi fasilitator yang menjalankan sosialisasi TPPO di aula kelurahan, "
        "RPTRA, atau balai warga dengan memakai Waspada TPPO: apa yang disiapkan sebelum acara, "
        "apa yang dilakukan selama sesi, dan langkah sesudahnya."
    ),
    "body": [
        ("heading", {"text": "Gambaran sesi", "level": "h2"}),
        (
            "paragraph",
            "<p>Satu sesi memakai satu kursus, misalnya <b>Kenali TPPO</b>, dengan urutan: "
            "pra-tes, membaca pelajaran bersama sambil berdiskusi, tes akhir, lalu sertifikat. "
            "Untuk lima pelajaran, rencanakan sekitar dua jam.</p>",
        ),
        ("heading", {"text": "Sebelum acara", "level": "h2"}),
        ("heading", {"text": "Ruangan dan peralatan", "level": "h3"}),
        (
            "paragraph",
            "<ul>"
            "<li>Atur kursi menghadap layar, dan sediakan meja pendaftaran.</li>"
            "<li>Coba proyektor, kabel, dan pengeras suara sehari sebelumnya.</li>"
            "<li>Periksa Wi-Fi dengan beberapa ponsel sekaligus. Siapkan cadangan, misalnya "
            "hotspot dari ponsel panitia.</li>"
            "<li>Siapkan satu sudut yang agak tertutup untuk peserta yang ingin bicara empat "
            "mata.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Peserta", "level": "h3"}),
        (
            "paragraph",
            "<ul>"
            "<li>Dalam undangan, minta peserta membawa ponsel yang baterainya penuh dan sedikit "
            "kuota internet.</li>"
            "<li>Peserta bisa mendaftar dengan nama, nama pengguna atau nomor ponsel, dan kata "
            "sandi. Email tidak wajib.</li>"
            "<li>Peserta yang tidak punya ponsel tetap bisa ikut. Tambahkan mereka ke kelas dari "
            "halaman kelas Anda, lalu pinjamkan perangkat panitia secara bergantian untuk "
            "mengerjakan tes. Pastikan setiap orang memakai akunnya sendiri.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Kursus dan kelas", "level": "h3"}),
        (
            "paragraph",
            "<ul>"
            "<li>Pilih kursus yang cocok. <b>Kenali TPPO</b> cocok untuk pertemuan pertama. "
            "<b>Waspada Modus Perekrutan</b> cocok untuk pencari kerja, pelajar, dan orang "
            "tua.</li>"
            "<li>Baca seluruh kursus lebih dulu supaya Anda siap menjawab pertanyaan.</li>"
            "<li>Buka kelas untuk sesi ini: pilih kursus, isi tanggal dan tempat. Cetak kode "
            "gabung dan kode QR kelas, atau siapkan untuk ditampilkan di layar.</li>"
            "<li>Cetak daftar layanan dari halaman Bantuan &amp; Lapor untuk semua peserta.</li>"
            "<li>Jika bisa, undang petugas pos pengaduan kecamatan. Menurut Dinas PPAPP DKI "
            "Jakarta (2025), ada 44 pos pengaduan, satu per kecamatan, dengan konselor dan "
            "paralegal.</li>"
            "</ul>",
        ),
        ("heading", {"text": "Selama sesi", "level": "h2"}),
        ("heading", {"text": "1. Mulai dengan pra-tes", "level": "h3"}),
        (
            "paragraph",
            "<p>Tampilkan kode gabung atau kode QR. Setelah semua peserta masuk ke kelas, minta "
            "mereka langsung mengerjakan pra-tes, <b>sebelum</b> membuka pelajaran pertama. "
            "Jelaskan bahwa pra-tes hanya bisa dikerjakan sekali dan nilainya tidak menentukan "
            "sertifikat; gunanya untuk melihat kemajuan. Jangan membantu menjawab dan jangan "
            "membahas jawabannya dulu.</p>"
            "<p>Mengapa harus di awal? Kemajuan hanya bisa dihitung bagi peserta yang "
            "mengerjakan pra-tes <b>dan</b> tes akhir. Dalam penelitian modul daring tentang "
            "perdagangan orang bagi mahasiswa di Amerika Serikat (Hill dkk.), sebagian data "
            "hilang karena ada peserta yang melewatkan salah satu tes. Para peneliti lalu "
            "menyarankan agar pra-tes diwajibkan sebelum modul. Periksa di halaman kelas bahwa "
            "setiap peserta sudah punya nilai pra-tes sebelum melanjutkan.</p>",
        ),
        ("heading", {"text": "2. Baca pelajaran bersama", "level": "h3"}),
        (
            "paragraph",
            "<ul>"
            "<li>Tampilkan pelajaran di layar dan bacakan bagian demi bagian. Peserta mengikuti "
            "di ponsel masing-masing dan menekan “Tandai selesai” di akhir setiap "
            "pelajaran.</li>"
            "<li>Jelaskan istilah sulit, misalnya eksploitasi dan jeratan utang.</li>"
            "<li>Berhenti di setiap kisah (kartu skenario). Bagi peserta ke dalam kelompok kecil "
            "berisi 3 sampai 5 orang. Minta kelompok menyebut proses, cara, tujuan, dan tanda "
            "bahaya dalam kisah itu, baru kemudian buka penjelasannya.</li>"
            "<li>Setelah diskusi, kembali ke fakta: tiga unsur, pasal, dan nomor layanan. "
            "Penelitian pelatihan daring bagi orang dewasa di Amerika Serikat (Miller dkk.) "
            "menemukan materi berisi fakta paling banyak mengurangi mitos dan menambah "
            "pengetahuan, dibandingkan materi berisi kisah saja atau gabungan keduanya.</li>"
            "</ul>",
        ),
        ("heading", {"text": "3. Jaga keamanan peserta", "level": "h3"}),
        (
            "paragraph",
            "<ul>"
            "<li><b>Jangan pernah</b> meminta peserta menceritakan pengalaman pribadi tentang "
            "eksploitasi di depan orang banyak. Diskusi cukup memakai kisah ilustrasi di "
            "pelajaran.</li>"
            "<li>Jika ada yang mulai bercerita tentang dirinya di depan forum, hentikan dengan "
            "lembut dan tawarkan bicara berdua setelah sesi.</li>"
            "<li>Jangan memotret atau merekam peserta tanpa izin.</li>"
            "</ul>",
        ),
        ("heading", {"text": "4. Jika ada yang bercerita bahwa ia mungkin korban", "level": "h3"}),
        (
            "paragraph",
            "<ol>"
            "<li><b>Dengarkan.</b> Ajak ke tempat yang tenang. Biarkan ia bercerita dengan "
            "kata-katanya sendiri. Jangan menginterogasi atau menyalahkan. Katakan bahwa ia "
            "tidak bersalah.</li>"
            "<li><b>Jangan berjanji.</b> Jangan menjanjikan hal yang tidak bisa Anda pastikan, "
            "misalnya pelaku pasti ditangkap atau masalahnya pasti selesai. Jangan mendatangi "
            "pelaku sendiri.</li>"
            "<li><b>Rujuk ke layanan.</b> Jika ada bahaya sekarang, telepon polisi di 110 atau "
            "Jakarta Siaga 112. Untuk perempuan dan anak, tunjukkan SAPA 129 atau UPT PPPA DKI "
            "Jakarta. Untuk pekerja migran, KP2MI. Untuk perlindungan saksi dan korban, LPSK. "
            "Tawarkan untuk menemaninya menelepon, tetapi biarkan ia ikut memutuskan.</li>"
            "<li><b>Jaga rahasia.</b> Jangan ceritakan kepada peserta lain atau panitia yang "
            "tidak perlu tahu, dan jangan menulis ceritanya di catatan kelas. Undang-undang "
            "mewajibkan identitas korban dan saksi dirahasiakan (Pasal 44 UU No. 21 Tahun 2007), "
            "dan data pribadi peserta dilindungi UU No. 27 Tahun 2022 tentang Pelindungan Data "
            "Pribadi.</li>"
            "</ol>",
        ),
        (
            "quote",
            {
                "text": "Dengarkan, jangan berjanji, rujuk ke layanan, dan jaga rahasia.",
                "source": "Pegangan fasilitator Waspada TPPO",
            },
        ),
        ("heading", {"text": "5. Tes akhir", "level": "h3"}),
        (
            "paragraph",
            "<p>Setelah semua pelajaran ditandai selesai, minta peserta mengerjakan tes akhir. "
            "Nilai lulusnya 70, dan tes boleh diulang, di tempat atau di rumah. Soalnya setara "
            "dengan pra-tes, jadi kemajuan setiap peserta terlihat.</p>"
            "<p>Sisakan waktu untuk tanya jawab tentang cara melapor. Dalam kegiatan pengabdian "
            "masyarakat di Cirebon (2024) dengan diskusi kelompok, simulasi kasus, dan tanya "
            "jawab, sekitar 75 persen peserta merasa pengetahuannya bertambah dan lebih siap "
            "melapor. Hambatannya: kurang percaya diri untuk melapor dan proses hukum yang "
            "dianggap tidak jelas. Jadi, tunjukkan halaman Bantuan &amp; Lapor dan jelaskan "
            "langkah melapor satu per satu.</p>",
        ),
        ("heading", {"text": "6. Sertifikat dan daftar layanan", "level": "h3"}),
        (
            "paragraph",
            "<p>Sertifikat terbit bagi peserta yang sudah menyelesaikan semua pelajaran dan "
            "lulus tes akhir. Dari halaman kelas, cetak semua sertifikat sekaligus dalam satu "
            "berkas PDF, lalu bagikan sebelum peserta pulang. Setiap sertifikat punya kode yang "
            "keasliannya bisa diperiksa lewat kode QR.</p>"
            "<p>Bagikan daftar layanan kepada <b>semua</b> peserta, bukan hanya kepada yang "
            "terlihat membutuhkan, supaya tidak ada yang merasa ditandai.</p>",
        ),
        (
            "help_link",
            {"text": ("Nomor layanan dan langkah melapor ada di halaman Bantuan & Lapor.")},
        ),
        ("heading", {"text": "Sesudah acara", "level": "h2"}),
        (
            "paragraph",
            "<ul>"
            "<li>Buka halaman kelas. Lihat siapa yang belum menyelesaikan pelajaran atau belum "
            "lulus tes akhir, lalu ajak mereka menyelesaikannya dari rumah.</li>"
            "<li>Bandingkan nilai pra-tes dan tes akhir hanya untuk peserta yang mengerjakan "
            "keduanya.</li>"
            "<li>Pertimbangkan pertemuan lanjutan sekitar seminggu kemudian untuk mengulang "
            "poin-poin penting. Penelitian Miller dkk. juga mengukur pengetahuan peserta lagi "
            "satu minggu setelah pelatihan.</li>"
            "<li>Simpan ekspor daftar peserta dengan hati-hati dan jangan dibagikan. Laporan untuk "
            "gugus tugas hanya berupa angka gabungan.</li>"
            "<li>Jika ada peserta yang Anda rujuk ke layanan, tanyakan kabarnya secara pribadi, "
            "hanya jika ia setuju dihubungi lagi.</li>"
            "</ul>",
        ),
        (
            "key_points",
            {
                "title": "Ringkasnya",
                "points": [
                    "Semua peserta mengerjakan pra-tes sebelum pelajaran pertama; tanpa pra-tes, "
                    "kemajuan mereka tidak bisa dihitung.",
                    "Diskusikan kisah ilustrasi, bukan pengalaman pribadi peserta.",
                    "Jika ada yang mungkin korban: dengarkan, jangan berjanji, rujuk, jaga "
                    "rahasia.",
                    "Tutup dengan tes akhir, sertifikat, dan daftar layanan untuk semua.",
                ],
            },
        ),
        (
            "sources",
            {
                "items": [
                    "Hill dkk., modul daring perdagangan orang bagi mahasiswa dengan pra-tes dan "
                    "pasca-tes, Open Journal of Occupational Therapy vol. 11 no. 1 "
                    "(scholarworks.wmich.edu)",
                    "Miller dkk., perbandingan format pelatihan daring tentang perdagangan orang "
                    "untuk orang dewasa (gahts.com)",
                    "Kegiatan PKM penyuluhan hukum tentang TPPO di Cirebon, 2024 "
                    "(garuda.kemdiktisaintek.go.id)",
                    "Pos pengaduan DKI: BeritaNasional dan Merdeka, 26 Februari 2025; "
                    "Selalukabar/Antara, November 2025",
                    "Teks UU No. 21 Tahun 2007 Pasal 39–45, “Perlindungan saksi dan korban” "
                    "(text-id.123dok.com)",
                    "SAPA 129: Tribratanews dan IDN Times, 21 September 2023; Kontan, 2025",
                    "Polri 110: Republika/Arahkompas, 27 Mei 2021; Jakarta Siaga 112: Antara, "
                    "Mei 2025",
                ]
            },
        ),
    ],
}
