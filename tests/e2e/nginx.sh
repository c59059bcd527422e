#!/usr/bin/env bash
# nginx.sh DIST PORT — serves DIST on 127.0.0.1:PORT with Debian's nginx and the shipped
# deploy/nginx.conf, in the foreground, for the end-to-end suite (playwright.config.ts).
# Its configuration and temporary files live in target/nginx-PORT/, made afresh each time;
# nothing is written to /etc/nginx.
set -euo pipefail
dist="$(cd "$1" && pwd)"
port="$2"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
state="$repo/target/nginx-$port"
rm -rf "$state"
mkdir -p "$state"
cat > "$state/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $state/nginx.pid;
error_log stderr warn;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events {}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path $state/body;
    proxy_temp_path $state/proxy;
    fastcgi_temp_path $state/fastcgi;
    uwsgi_temp_path $state/uwsgi;
    scgi_temp_path $state/scgi;
    server {
        listen 127.0.0.1:$port;
        root $dist;
        include $repo/deploy/nginx.conf;
    }
}
CONF
exec nginx -p "$state" -c "$state/nginx.conf"
