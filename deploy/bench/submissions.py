#!/usr/bin/env python3
"""Benchmark (not a test): application submissions through the gateway vs. a pgbench single-insert baseline.

Needs a running local stack (./start-local.sh) and pgbench (Debian package postgresql-client / postgresql).
    python3 deploy/bench/submissions.py [--n 200] [--concurrency 8]
Prepares N ready drafts (one campaign each, since a unit applies once per campaign), then submits them all
concurrently through the gateway and prints submissions/s and p50/p99 latency, beside pgbench's single-row INSERT
transactions/s and latency on the same PostgreSQL in the same run, and the ratio between the two.
"""
import argparse, concurrent.futures, datetime, json, os, statistics, subprocess, tempfile, time, urllib.request

GATEWAY = os.environ.get("STUDIO_GATEWAY", "http://127.0.0.1:8080")
KEYCLOAK = os.environ.get("STUDIO_KEYCLOAK", "http://127.0.0.1:8180")
PG_PORT = os.environ.get("STUDIO_PG_PORT", "15432")
FORM = json.load(open(os.path.join(os.path.dirname(__file__), "../e2e/src/test/resources/complete-form.json"), encoding="utf-8"))
JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0]) + os.urandom(2044)


def token(user):
    data = f"grant_type=password&client_id=studio-spa&username={user}&password={user}".encode()
    with urllib.request.urlopen(urllib.request.Request(f"{KEYCLOAK}/realms/studio/protocol/openid-connect/token", data)) as r:
        return json.load(r)["access_token"]


def call(method, path, tok, body=None, expect=(200, 201)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(GATEWAY + path, data, method=method,
                                 headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        if r.status not in expect:
            raise RuntimeError(f"{method} {path} -> {r.status}")
        text = r.read()
        return json.loads(text) if text else None


def put(url, content):
    with urllib.request.urlopen(urllib.request.Request(url, content, method="PUT", headers={"Content-Type": "image/jpeg"})) as r:
        assert r.status == 200


def prepare(admin, applicant, i):
    deadline = (datetime.datetime.utcnow() + datetime.timedelta(hours=8, days=30)).replace(microsecond=0).isoformat()
    c = call("POST", "/api/v1/campaigns", admin, {"year": 2026, "title": f"基准测试活动 {i}", "organisers": "区总工会、区科委",
             "deadline": deadline, "quota": 10, "contactUnit": "区总工会权益部", "contactPerson": "王老师", "contactPhones": "010-1"})
    call("POST", f"/api/v1/campaigns/{c['id']}/transitions", admin, {"to": "OPEN"})
    app = call("POST", "/api/v1/applications", applicant, {"campaignId": c["id"], "form": FORM})
    for kind, name in [("PHOTO", "1.jpg"), ("PHOTO", "2.jpg"), ("PHOTO", "3.jpg"), ("RECOMMENDATION_LETTER", "r.jpg")]:
        a = call("POST", f"/api/v1/applications/{app['id']}/attachments", applicant, {"kind": kind, "fileName": name})
        put(a["uploadUrl"], JPEG)
        call("POST", f"/api/v1/applications/{app['id']}/attachments/{a['id']}/complete", applicant)
    return app["id"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def pgbench(seconds, clients):
    env = dict(os.environ, PGHOST="127.0.0.1", PGPORT=PG_PORT, PGUSER="postgres", PGPASSWORD="postgres")
    subprocess.run(["psql", "-q", "-d", "application", "-c",
                    "create table if not exists bench_insert (id bigserial primary key, payload text not null)"],
                   env=env, check=True, capture_output=True)
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write("insert into bench_insert (payload) values ('职工创新工作室 benchmark row');\n")
    out = subprocess.run(["pgbench", "-n", "-c", str(clients), "-j", "2", "-T", str(seconds), "-r", "-f", f.name, "application"],
                         env=env, check=True, capture_output=True, text=True).stdout
    tps = float([l for l in out.splitlines() if l.startswith("tps")][0].split("=")[1].split()[0])
    latency = float([l for l in out.splitlines() if l.startswith("latency average")][0].split("=")[1].split()[0])
    subprocess.run(["psql", "-q", "-d", "application", "-c", "drop table bench_insert"], env=env, check=True, capture_output=True)
    return tps, latency


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    admin, applicant = token("admin1"), token("applicant1")
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        ids = list(pool.map(lambda i: prepare(admin, applicant, i), range(args.n)))
    print(f"prepared {len(ids)} ready drafts in {time.time() - t0:.1f} s")
    applicant = token("applicant1")

    def submit(app_id):
        start = time.perf_counter()
        result = call("POST", f"/api/v1/applications/{app_id}/submit", applicant)
        assert result["state"] == "SUBMITTED"
        return (time.perf_counter() - start) * 1000

    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(args.concurrency) as pool:
        latencies = list(pool.map(submit, ids))
    elapsed = time.perf_counter() - t0
    rate = len(ids) / elapsed
    tps, pg_latency = pgbench(10, args.concurrency)
    print(f"submissions through the gateway: {len(ids)} in {elapsed:.2f} s = {rate:.1f}/s, "
          f"p50 {statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 99):.1f} ms (concurrency {args.concurrency})")
    print(f"pgbench single-row INSERT baseline: {tps:.0f} tx/s, mean latency {pg_latency:.2f} ms (clients {args.concurrency})")
    print(f"ratio: a submission costs {tps / rate:.1f}x a bare INSERT transaction (throughput {rate / tps * 100:.2f}% of baseline)")


if __name__ == "__main__":
    main()
