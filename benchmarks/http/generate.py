#!/usr/bin/env python3
"""Helpers of run.sh: the SQL of a generated user base, their subscription tokens, and a copy of the served bytes."""
import base64
import hashlib
import hmac
import os
import random
import sys
import urllib.request
import uuid


def data(users):
    random.seed(13)
    out = sys.stdout
    langs = ["EN", "FA", "RU"]
    out.write("SET AUTOCOMMIT OFF;\n")
    for user in range(1, users + 1):
        out.write(f"INSERT INTO customers (telegram_user_id, language, first_seen_at, version) VALUES "
                  f"({user}, '{langs[user % 3]}', TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00', 0);\n")
        for n, server in enumerate(["de-1", "nl-1"]):
            days = 30 + n * 30
            quota = 50 * 1024 ** 3
            used = random.randint(0, quota // 2)
            out.write("INSERT INTO subscriptions (id, owner_id, kind, server_id, client_email, client_secret, term_seconds, "
                      "quota_bytes, created_at, status, activated_at, expires_at, version, traffic_used_bytes, traffic_percent) "
                      f"VALUES ('{uuid.UUID(int=random.getrandbits(128))}', {user}, 'PAID', '{server}', 'tg{user}-{n}', "
                      f"'{uuid.UUID(int=random.getrandbits(128))}', {days * 86400}, {quota}, "
                      "TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', "
                      f"TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00' + INTERVAL '{days}' DAY, 0, {used}, {used * 100 // quota});\n")
        if user % 1000 == 0:
            out.write("COMMIT;\n")
    out.write("COMMIT;\n")


def base36(number):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


def tokens(users, count, key_b64):
    # The same derivation as HmacFeedTokens: a feed key from the secret key, then HMAC of "user:<id>".
    feed_key = hmac.new(base64.b64decode(key_b64), b"tollgate subscription feed tokens v1", hashlib.sha256).digest()
    random.seed(7)
    for user in random.sample(range(1, users + 1), count):
        mac = hmac.new(feed_key, f"user:{user}".encode(), hashlib.sha256).digest()
        print(base36(user) + "." + base64.urlsafe_b64encode(mac).decode().rstrip("=")[:18])


def copy(tokens_file, base_url, root):
    with open(tokens_file) as lines:
        tokens_list = [line.strip() for line in lines if line.strip()]
    for fmt in ["base64", "clash", "singbox"]:
        os.makedirs(os.path.join(root, fmt), exist_ok=True)
        for token in tokens_list:
            with urllib.request.urlopen(f"{base_url}/sub/{token}?format={fmt}") as response:
                body = response.read()
            with open(os.path.join(root, fmt, token), "wb") as out:
                out.write(body)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "data":
        data(int(sys.argv[2]))
    elif command == "tokens":
        tokens(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    elif command == "copy":
        copy(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("usage: generate.py data N | tokens N COUNT KEY | copy TOKENS URL ROOT")
