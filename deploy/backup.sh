#!/usr/bin/env bash
# Backup of the database and the uploads (run nightly by systemd/waspada-tppo-backup.timer).
#
# Reads the app's own settings (from /etc/waspada-tppo/env via the unit, or the environment):
#   DATABASE_URL  postgres://... -> pg_dump in its custom format (restore with pg_restore);
#                 unset (SQLite)  -> SQLite's online backup of SQLITE_PATH, safe while it runs
#   MEDIA_ROOT    uploads, archived as a tar.gz (skip with BACKUP_MEDIA=0, e.g. object storage)
#   BACKUP_DIR    where the files go (default /var/backups/waspada-tppo)
#   BACKUP_KEEP_DAYS  older backups are deleted (default 14)
# The env file itself (SECRET_KEY, passwords) is not copied: keep it in the password manager.
set -euo pipefail

BACKUP_DIR="${BACKUP_DIR:-/var/backups/waspada-tppo}"
KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"
STAMP="$(date +%Y%m%d-%H%M%S)"
umask 077
mkdir -p "$BACKUP_DIR"

case "${DATABASE_URL:-}" in
    postgres://* | postgresql://*)
        target="$BACKUP_DIR/db-$STAMP.dump"
        pg_dump --format=custom --no-owner --file="$target.part" "$DATABASE_URL"
        ;;
    "" | sqlite://*)
        source="${SQLITE_PATH:-}"
        if [[ -z "$source" && "${DATABASE_URL:-}" == sqlite://* ]]; then
            source="${DATABASE_URL#sqlite://}"
        fi
        : "${source:?set SQLITE_PATH (or DATABASE_URL) to the SQLite database}"
        target="$BACKUP_DIR/db-$STAMP.sqlite3"
        # .backup copies a consistent snapshot while the site keeps writing (WAL included).
        sqlite3 "$source" ".backup '$target.part'"
        sqlite3 "$target.part" "PRAGMA integrity_check;" | grep -qx ok
        ;;
    *)
        echo "backup.sh: unsupported DATABASE_URL scheme" >&2
        exit 2
        ;;
esac
mv "$target.part" "$target"
echo "database: $target ($(du -h "$target" | cut -f1))"

if [[ "${BACKUP_MEDIA:-1}" == "1" && -d "${MEDIA_ROOT:-}" ]]; then
    media="$BACKUP_DIR/media-$STAMP.tar.gz"
    tar --create --gzip --file="$media.part" --directory="$MEDIA_ROOT" .
    mv "$media.part" "$media"
    echo "media: $media ($(du -h "$media" | cut -f1))"
fi

find "$BACKUP_DIR" -maxdepth 1 -type f \( -name 'db-*' -o -name 'media-*' \) \
    -mtime +"$KEEP_DAYS" -print -delete
