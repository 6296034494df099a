"""`make serve`: the hall server for a sosialisasi (one laptop, 30-200 phones on local Wi-Fi).

    .venv/bin/python deploy/serve.py [--demo] [--port 8080] [--bind 0.0.0.0] [--data-dir DIR]
    .venv/bin/python deploy/serve.py manage createsuperuser      (any manage.py command)

(HALL_DATA_DIR and HALL_PORT set the defaults of --data-dir and --port, for `manage` too.)

Production settings on SQLite (WAL), in one command: a secret key made once and kept outside
the repository (~/.config/waspada-tppo/secret_key, mode 600), the database and uploads in
~/.local/share/waspada-tppo/hall/, then migrate, collectstatic and, with --demo, the demo
content if the database holds no site yet. gunicorn listens on the loopback address only and
Caddy (deploy/Caddyfile.hall) in front of it on the laptop's network, plain HTTP on port 8080,
serving /static/ and /media/ from disk and compressing pages. Prints the address and a QR code
of it for the phones; Ctrl-C stops both.
"""

import argparse
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PYTHON = sys.executable


def config_home():
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "waspada-tppo"


def data_home():
    if os.environ.get("HALL_DATA_DIR"):
        return Path(os.environ["HALL_DATA_DIR"])
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "waspada-tppo" / "hall"


def secret_key(path):
    """The hall's SECRET_KEY: made once, then read back, so sessions survive a restart."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
            print(f"Hak akses {path} diperketat menjadi 600.")
        key = path.read_text().strip()
        if len(key) < 50:
            sys.exit(f"{path} tidak berisi kunci yang sah; hapus berkas itu untuk membuat baru.")
        return key
    key = secrets.token_urlsafe(50)
    with os.fdopen(fd, "w") as handle:
        handle.write(key + "\n")
    print(f"Kunci rahasia baru dibuat: {path}")
    return key


def lan_address():
    """The address other devices on the Wi-Fi reach this laptop at (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: only asks for the outgoing route
            return sock.getsockname()[0]
        except OSError:
            return None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_taken(address, port):
    """Is something already listening there? Checked before Caddy starts, because Caddy's
    listeners share a port (SO_REUSEPORT): a second `make serve` would otherwise start too and
    silently take half of the phones, onto its own database."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((address, port))
        except OSError:
            return True
    return False


def hall_env(args, data_dir, hosts, url):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="elearn.settings.production",
        SECRET_KEY=secret_key(args.secret_key_file),
        ALLOWED_HOSTS=",".join(hosts),
        # Plain HTTP in the hall: no HTTPS redirect, no Secure-only cookies.
        DJANGO_HTTPS="0",
        SQLITE_PATH=str(data_dir / "db.sqlite3"),
        MEDIA_ROOT=str(data_dir / "media"),
        # Caddy is the one proxy in front: limits count per phone, not per proxy.
        ALLAUTH_TRUSTED_PROXY_COUNT="1",
        WAGTAILADMIN_BASE_URL=url,
        PYTHONPATH=str(ROOT),
    )
    for name in ("DATABASE_URL", "REDIS_URL"):
        env.pop(name, None)
    if not env.get("EMAIL_HOST"):
        # No mail server in a hall. Not the console: the terminal may be on the projector, and
        # a password-reset link shown there could be used by anyone in the room.
        env["EMAIL_BACKEND"] = "django.core.mail.backends.dummy.EmailBackend"
    return env


PREPARE = """
import django
django.setup()
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Page

print("- migrate", flush=True)
call_command("migrate", interactive=False, verbosity=0)
print("- collectstatic", flush=True)
call_command("collectstatic", interactive=False, verbosity=0)
if {demo!r}:
    plain = ContentType.objects.get_for_model(Page)
    # Empty: nothing but Wagtail's root and its placeholder welcome page.
    if Page.objects.filter(depth__gt=1).exclude(content_type=plain).exists():
        print("- konten contoh tidak dimuat: situs sudah berisi halaman", flush=True)
    else:
        import io
        out = io.StringIO()
        call_command("load_demo_content", stdout=out)
        print("- " + out.getvalue().strip().splitlines()[-1], flush=True)
"""


def prepare(env, demo):
    print("Menyiapkan basis data dan berkas statis ...", flush=True)
    subprocess.run([PYTHON, "-c", PREPARE.format(demo=demo)], cwd=ROOT, env=env, check=True)


def wait_for(url, process, name, host=None, seconds=60):
    headers = {"Host": host} if host else {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} berhenti saat mulai (kode {process.returncode})")
        try:
            request = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    return
        except urllib.error.HTTPError as error:
            raise RuntimeError(f"{name}: {url} menjawab {error.code}") from error
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{name} tidak siap dalam {seconds} detik")


def start(command, env, log=None):
    # A session of its own: Ctrl-C reaches only this script, which then stops each in order.
    output = {"stdout": log, "stderr": subprocess.STDOUT} if log else {}
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, **output)


def stop(process, seconds=20):
    if process is None or process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def show_address(url):
    import segno

    print()
    print("=" * 64)
    print(f"  Waspada TPPO siap. Buka di ponsel (Wi-Fi yang sama): {url}")
    print("=" * 64)
    segno.make(url).terminal(compact=True)
    print(f"  Admin: {url}admin/   (akun admin: deploy/serve.py manage createsuperuser)")
    print("  Tekan Ctrl-C untuk berhenti.")
    print(flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Server untuk sosialisasi di balai kelurahan.")
    parser.add_argument("--demo", action="store_true", help="muat konten contoh bila kosong")
    parser.add_argument("--port", type=int, default=int(os.environ.get("HALL_PORT", "8080")))
    parser.add_argument("--bind", default="0.0.0.0", help="alamat Caddy (default: semua)")  # noqa: S104
    parser.add_argument("--host", action="append", default=[], help="nama/alamat tambahan")
    parser.add_argument("--data-dir", type=Path, default=data_home())
    parser.add_argument("--secret-key-file", type=Path, default=config_home() / "secret_key")
    return parser.parse_args(argv)


def urls_and_hosts(args):
    address = lan_address()
    if address is None:
        print("Tidak ada jaringan: hanya laptop ini yang bisa membuka situs.")
    hostname = socket.gethostname()
    hosts = [h for h in (address, "127.0.0.1", "localhost", hostname, f"{hostname}.local") if h]
    hosts += args.host
    if args.bind not in ("0.0.0.0", "::"):  # noqa: S104
        hosts.append(args.bind)
    shown = args.host[0] if args.host else (address or "127.0.0.1")
    if args.bind not in ("0.0.0.0", "::") and not args.host:  # noqa: S104
        shown = args.bind
    port = "" if args.port == 80 else f":{args.port}"
    return f"http://{shown}{port}/", list(dict.fromkeys(hosts))


def manage(argv):
    """`serve.py manage ARGS`: a manage.py command against the hall's database and settings."""
    args = parse_args([])
    url, hosts = urls_and_hosts(args)
    env = hall_env(args, args.data_dir, hosts, url)
    return subprocess.run([PYTHON, "manage.py", *argv], cwd=ROOT, env=env).returncode


def main(argv):
    if argv[:1] == ["manage"]:
        return manage(argv[1:])
    args = parse_args(argv)
    caddy = shutil.which("caddy")
    if not caddy:
        print(
            "Caddy belum terpasang. Pasang dulu:  sudo apt-get install -y caddy\n"
            "(Caddy is not installed: sudo apt-get install -y caddy)",
            file=sys.stderr,
        )
        return 2
    if port_taken(args.bind, args.port):
        print(
            f"Port {args.port} sudah dipakai (server lain sedang berjalan?). Hentikan dulu, atau "
            f"pakai --port lain.\n(Port {args.port} is already in use.)",
            file=sys.stderr,
        )
        return 1
    data_dir = args.data_dir
    (data_dir / "media").mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    url, hosts = urls_and_hosts(args)
    env = hall_env(args, data_dir, hosts, url)
    prepare(env, args.demo)

    app_port = free_port()
    gunicorn_env = dict(env, GUNICORN_BIND=f"127.0.0.1:{app_port}")
    caddy_home = Path(tempfile.mkdtemp(prefix="waspada-caddy-"))
    caddy_env = dict(
        env,
        WASPADA_PORT=str(args.port),
        WASPADA_BIND=args.bind,
        WASPADA_APP=f"127.0.0.1:{app_port}",
        WASPADA_STATIC_ROOT=str(ROOT / "static"),
        WASPADA_MEDIA_ROOT=str(data_dir / "media"),
        # Caddy keeps nothing of its own for a plain-HTTP site: a throwaway home.
        XDG_CONFIG_HOME=str(caddy_home / "config"),
        XDG_DATA_HOME=str(caddy_home / "data"),
    )
    gunicorn = server = None
    # Caddy's own log (JSON, chatty at start) goes to a file; gunicorn's errors stay on screen.
    caddy_log_path = data_dir / "caddy.log"
    caddy_log = caddy_log_path.open("w")

    def on_signal(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        gunicorn = start(
            [PYTHON, "-m", "gunicorn", "-c", str(DEPLOY / "gunicorn.conf.py")], gunicorn_env
        )
        wait_for(f"http://127.0.0.1:{app_port}/sehat/", gunicorn, "gunicorn")
        server = start(
            [
                caddy,
                "run",
                "--config",
                str(DEPLOY / "Caddyfile.hall"),
                "--adapter",
                "caddyfile",
            ],
            caddy_env,
            log=caddy_log,
        )
        probe = "127.0.0.1" if args.bind in ("0.0.0.0", "::") else args.bind  # noqa: S104
        wait_for(f"http://{probe}:{args.port}/sehat/", server, "Caddy")
        show_address(url)
        while gunicorn.poll() is None and server.poll() is None:
            time.sleep(1)
        name = "gunicorn" if gunicorn.poll() is not None else "Caddy"
        print(f"{name} berhenti sendiri; server dimatikan.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nMenghentikan server ...")
        return 0
    except RuntimeError as error:
        print(f"Gagal memulai: {error}", file=sys.stderr)
        if server is not None:
            caddy_log.flush()
            tail = caddy_log_path.read_text().strip().splitlines()[-5:]
            print(f"Log Caddy ({caddy_log_path}):", *tail, sep="\n  ", file=sys.stderr)
        return 1
    finally:
        # A second Ctrl-C (people press it twice) must not cut the clean-up short and leave
        # gunicorn or Caddy running: stopping takes at most some 50 seconds.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop(server)
        stop(gunicorn)
        caddy_log.close()
        shutil.rmtree(caddy_home, ignore_errors=True)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
