"""Feed updates: `newsreader update` against `newsboat -x reload` on the same local feeds.

usage: bench_feeds.py [--rounds 3] [--feeds 200] [--items 50] [--host feeds.bench.test]
                      [--variant NAME=SRC ...] [--no-ip] [--no-newsboat]

Builds N feeds of M distinct items (`shared/bench/feedfarm.py`, paragraphs of
`shared/eval/data/ecbplus_dev.jsonl`) into the git-ignored `bench/data/feedfarm/`, twice:
once with a base URL on a host name (`--host`; it must resolve to 127.0.0.1, e.g. a line
`127.0.0.1 feeds.bench.test` in /etc/hosts) and once on `127.0.0.1` itself, whose item
links feedparser-rs blanks (a private address), the path where newsreader may fall back
to feedparser. A threaded HTTP/1.1 server in this process serves both from memory with
ETag and Last-Modified, and answers 304 to If-None-Match / If-Modified-Since.

Each round, in an order rotated from round to round, with fresh state every time:
  newsreader (each `--variant`, default this checkout): `feeds import FILE.opml`, then
      `update` cold (every feed new), then `update` warm (every feed 304);
  newsboat: `newsboat -x reload -u urls -c cache.db -C config` (`reload-threads 8`),
      cold, then a 2nd reload, then warm. newsboat 2.21 keeps a feed's ETag and
      Last-Modified only from its 2nd fetch on (the 1st creates the feed's row after
      the validators were to be saved), so its 2nd reload downloads and parses every
      feed again (200s: the issue's "warm" figure) and only the 3rd is all 304: both
      are printed; "warm" is the all-304 one.
Prints every time, the medians, the ratios to newsboat, and the load average; writes
`bench/data/feedfarm/results.json`. A variant is a source tree (e.g. a `git archive` of
an older commit) run as `python -m reader` from its folder, so before and after are
measured interleaved, in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "feedfarm"
TMP: str | None = None  # where the fresh homes go (--tmp)


def shared_dir() -> Path:
    for base in (ROOT.parent, ROOT.parent.parent, Path("/work")):
        if (base / "shared" / "bench" / "feedfarm.py").is_file():
            return base / "shared"
    sys.exit("shared/bench/feedfarm.py not found")


class Farm(ThreadingHTTPServer):
    """Serves `files` (URL path -> body) with ETag / Last-Modified and 304s; counts codes."""

    daemon_threads = True
    request_queue_size = 256

    def __init__(self, address, files: dict[str, bytes]) -> None:
        super().__init__(address, Handler)
        self.stamp = time.time() - 3600
        self.files = {
            path: (body, f'"{abs(hash(body)):x}-{len(body)}"') for path, body in files.items()
        }
        self.codes: dict[int, int] = {}
        self.lock = threading.Lock()

    def count(self, code: int) -> None:
        with self.lock:
            self.codes[code] = self.codes.get(code, 0) + 1

    def take_counts(self) -> dict[int, int]:
        with self.lock:
            codes, self.codes = self.codes, {}
        return codes


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: Farm

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        found = self.server.files.get(self.path.split("?")[0])
        if found is None:
            self._send(404, b"not found", {})
            return
        body, etag = found
        modified = formatdate(self.server.stamp, usegmt=True)
        headers = {"ETag": etag, "Last-Modified": modified}
        match = self.headers.get("If-None-Match")
        since = self.headers.get("If-Modified-Since")
        if match is not None:
            fresh = etag in [t.strip() for t in match.split(",")] or match.strip() == "*"
        elif since is not None:
            try:
                fresh = parsedate_to_datetime(since).timestamp() >= int(self.server.stamp)
            except (TypeError, ValueError):
                fresh = False
        else:
            fresh = False
        if fresh:
            self._send(304, b"", headers)
        else:
            self._send(200, body, {**headers, "Content-Type": "application/rss+xml"})

    def _send(self, code: int, body: bytes, headers: dict[str, str]) -> None:
        self.server.count(code)
        self.send_response(code)
        for name, value in headers.items():
            self.send_header(name, value)
        if code != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def build(name: str, base: str, n: int, m: int) -> tuple[Path, float]:
    out = DATA / name
    shutil.rmtree(out, ignore_errors=True)
    shared = shared_dir()
    subprocess.run(
        [
            sys.executable,
            str(shared / "bench" / "feedfarm.py"),
            str(shared / "eval" / "data" / "ecbplus_dev.jsonl"),
            str(out),
            str(n),
            str(m),
            base,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    mb = sum(p.stat().st_size for p in out.glob("feed*.xml")) / 1e6
    return out, mb


def run(cmd: list[str], env: dict, cwd: Path) -> tuple[float, str]:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    lines = (done.stdout + done.stderr).strip().splitlines()
    return elapsed, lines[-1] if lines else ""


def bench_newsreader(python: str, src: Path, farm: Path, server: Farm) -> dict:
    home = Path(tempfile.mkdtemp(prefix="nr-bench-", dir=TMP))
    env = {**os.environ, "NEWSREADER_HOME": str(home), "NO_PROXY": "*", "no_proxy": "*"}
    env["PYTHONPATH"] = str(src)
    try:
        t_import, _ = run(
            [python, "-m", "reader", "feeds", "import", str(farm / "feeds.opml")], env, src
        )
        server.take_counts()
        cold, cold_out = run([python, "-m", "reader", "update"], env, src)
        cold_codes = server.take_counts()
        warm, warm_out = run([python, "-m", "reader", "update"], env, src)
        warm_codes = server.take_counts()
        db = sqlite3.connect(next(home.glob("data/feeds/*.sqlite*"), home / "missing"))
        items = db.execute("SELECT count(*) FROM items").fetchone()[0]
        db.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return {
        "import": t_import,
        "cold": cold,
        "warm": warm,
        "items": items,
        "cold_codes": cold_codes,
        "warm_codes": warm_codes,
        "cold_out": cold_out,
        "warm_out": warm_out,
    }


def bench_newsboat(farm: Path, server: Farm, threads: int) -> dict:
    home = Path(tempfile.mkdtemp(prefix="nb-bench-", dir=TMP))
    env = {**os.environ, "HOME": str(home), "NO_PROXY": "*", "no_proxy": "*"}
    (home / "config").write_text(f"reload-threads {threads}\n")
    shutil.copy(farm / "urls.txt", home / "urls")
    cmd = ["newsboat", "-x", "reload", "-u", "urls", "-c", "cache.db", "-C", "config"]
    try:
        server.take_counts()
        cold, _ = run(cmd, env, home)
        cold_codes = server.take_counts()
        second, second_codes = run(cmd, env, home)[0], server.take_counts()
        warm, _ = run(cmd, env, home)
        warm_codes = server.take_counts()
        db = sqlite3.connect(home / "cache.db")
        items = db.execute("SELECT count(*) FROM rss_item").fetchone()[0]
        db.close()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return {
        "cold": cold,
        "second": second,
        "warm": warm,
        "items": items,
        "cold_codes": cold_codes,
        "second_codes": second_codes,
        "warm_codes": warm_codes,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--host", default="feeds.bench.test", help="resolves to 127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--threads", type=int, default=8, help="newsboat reload-threads")
    ap.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME=SRC",
        help="a newsreader source tree to time (repeatable; default: this one)",
    )
    ap.add_argument("--no-ip", action="store_true", help="skip the 127.0.0.1 farm")
    ap.add_argument("--no-newsboat", action="store_true")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--tmp", help="folder for the fresh homes (default: the system's temp)")
    args = ap.parse_args()
    global TMP
    TMP = args.tmp

    variants = [(v.split("=", 1)[0], Path(v.split("=", 1)[1]).resolve()) for v in args.variant]
    variants = variants or [("head", ROOT)]
    for _, src in variants:
        subprocess.run([args.python, "-m", "compileall", "-q", "reader"], cwd=src, check=True)
    DATA.mkdir(parents=True, exist_ok=True)
    server = Farm(("127.0.0.1", args.port), {})
    port = server.server_address[1]
    farms = {"host": f"http://{args.host}:{port}/host"}
    if not args.no_ip:
        farms["ip"] = f"http://127.0.0.1:{port}/ip"
    built, files, mb = {}, {}, 0.0
    for name, base in farms.items():
        built[name], mb = build(name, base, args.feeds, args.items)
        for path in built[name].glob("feed*.xml"):
            files[f"/{name}/{path.name}"] = path.read_bytes()
    server.files = {p: (b, f'"{abs(hash(b)):x}-{len(b)}"') for p, b in files.items()}
    threading.Thread(target=server.serve_forever, daemon=True).start()

    jobs: list[tuple[str, str]] = [(v, f) for v, _ in variants for f in farms]
    if not args.no_newsboat:
        jobs.append(("newsboat", "host"))
    print(
        f"{args.feeds} feeds x {args.items} items, {mb:.1f} MB per farm; port {port};"
        f" {len(jobs)} configurations x {args.rounds} rounds",
        flush=True,
    )
    results: dict[str, list[dict]] = {f"{v}/{f}": [] for v, f in jobs}
    loads = []
    sources = dict(variants)
    for r in range(args.rounds):
        order = jobs[r % len(jobs) :] + jobs[: r % len(jobs)]
        for v, f in order:
            load = os.getloadavg()[0]
            if v == "newsboat":
                res = bench_newsboat(built[f], server, args.threads)
            else:
                res = bench_newsreader(args.python, sources[v], built[f], server)
            res["load"] = load
            loads.append(load)
            results[f"{v}/{f}"].append(res)
            extra = f" import {res['import']:.2f}s" if "import" in res else ""
            if "second" in res:
                extra = f" 2nd {res['second']:.2f}s {res['second_codes']}"
            print(
                f"round {r + 1} {v + '/' + f:18} cold {res['cold']:6.2f}s warm"
                f" {res['warm']:6.2f}s{extra} items {res['items']} load {load:.2f}"
                f" cold {res['cold_codes']} warm {res['warm_codes']}",
                flush=True,
            )
    server.shutdown()

    med = {
        k: {p: statistics.median(x[p] for x in v) for p in ("cold", "second", "warm") if p in v[0]}
        for k, v in results.items()
    }
    print(
        f"\nmedians of {args.rounds} rounds (load average 1 min: median"
        f" {statistics.median(loads):.2f}, range {min(loads):.2f}-{max(loads):.2f}):"
    )
    nb = med.get("newsboat/host")
    for k, m in med.items():
        ratio = ""
        if nb and not k.startswith("newsboat"):
            ratio = f"  = {m['cold'] / nb['cold']:.2f}x / {m['warm'] / nb['warm']:.2f}x newsboat"
        label = k + (" (127.0.0.1 links: fallback path)" if k.endswith("/ip") else "")
        if "second" in m:
            ratio = f"  (2nd reload, unchanged but re-downloaded: {m['second']:.2f}s)"
        print(f"  {label:48} cold {m['cold']:6.2f}s  warm {m['warm']:6.2f}s{ratio}")
    (DATA / "results.json").write_text(
        json.dumps(
            {
                "feeds": args.feeds,
                "items": args.items,
                "mb": mb,
                "results": results,
                "medians": med,
            },
            indent=1,
            default=str,
        )
    )


if __name__ == "__main__":
    main()
