#!/usr/bin/env python3
"""Benchmark (not a test): application submissions through the gateway vs. their database floor.

Needs a running local stack (./start-local.sh) and pgbench/psql (Debian package postgresql-client), on Linux.
    flock /tmp/studio-bench.lock python3 deploy/bench/submissions.py [--n 1000] [--concurrency 8] [--direct] [-v]
Prepares N ready drafts (one campaign each, since a unit applies once per campaign), then submits them all
concurrently through the gateway (--direct: straight to application-service) and prints submissions/s and p50/p99
latency. Then, on the same PostgreSQL at the same concurrency:
  - pgbench's single-row INSERT transaction (the old baseline: what one bare commit costs);
  - the floor: pgbench running submission-floor.sql, the very statements one submission runs (4 selects, 2 inserts,
    1 update in one transaction, as application-service's SubmissionStatementsTest pins them), each transaction on a draft of its own, in a scratch
    database bench_floor (schema from the application database's Flyway history, org tree and register copied, drafts
    made by submission-floor-setup.sql with this run's real form, event envelope and bound values);
and the ratio of real submissions/s to the floor's tx/s. Goal: ≥ 0.3 with p99 ≤ 50 ms.
It also prints where the CPU went (per process, from /proc) during the submissions and during the floor run: the
local stack shares one machine, so CPU per submission is what bounds its rate.
"""
import argparse, base64, collections, concurrent.futures, datetime, glob, json, os, re, statistics, subprocess, tempfile, time
import urllib.error, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "../.."))
GATEWAY = os.environ.get("STUDIO_GATEWAY", "http://127.0.0.1:8080")
SERVICE = os.environ.get("STUDIO_APPLICATION_SERVICE", "http://127.0.0.1:8081")
KEYCLOAK = os.environ.get("STUDIO_KEYCLOAK", "http://127.0.0.1:8180")
PG_PORT = os.environ.get("STUDIO_PG_PORT", "15432")
PG_ENV = dict(os.environ, PGHOST="127.0.0.1", PGPORT=PG_PORT, PGUSER="postgres", PGPASSWORD="postgres")
FLOOR_DB = "bench_floor"
FORM = json.load(open(os.path.join(ROOT, "deploy/e2e/src/test/resources/complete-form.json"), encoding="utf-8"))
# a real 16×16 JPEG: the service decodes what it stores (platform-media), magic bytes alone are refused
JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAx"
    "NDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy"
    "MjIyMjIyMjL/wAARCAAQABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF"
    "BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW"
    "V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi"
    "4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC"
    "AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm"
    "Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq"
    "8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDwEmPylAVvM3Hc27gjjAAxwevOecjpjltFFAH/2Q=="
)
GOAL_RATIO, GOAL_P99_MS = 0.3, 50.0


def token(user):
    data = f"grant_type=password&client_id=studio-spa&username={user}&password={user}".encode()
    with urllib.request.urlopen(urllib.request.Request(f"{KEYCLOAK}/realms/studio/protocol/openid-connect/token", data)) as r:
        return json.load(r)["access_token"]


def call(method, path, tok, body=None, expect=(200, 201), base=GATEWAY):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data, method=method,
                                 headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        if r.status not in expect:
            raise RuntimeError(f"{method} {path} -> {r.status}")
        text = r.read()
        return json.loads(text) if text else None


def put(url, content):
    with urllib.request.urlopen(urllib.request.Request(url, content, method="PUT", headers={"Content-Type": "image/jpeg"})) as r:
        assert r.status == 200


def retrying(fn, *args, **kwargs):
    """For the preparation only: the gateway now and then answers 502 (a kept-alive upstream connection just closed)."""
    for attempt in range(3):
        try:
            return fn(*args, **kwargs)
        except urllib.error.HTTPError as e:
            if e.code != 502 or attempt == 2:
                raise
            time.sleep(0.2)


def prepare(admin, applicant, i):
    deadline = (datetime.datetime.utcnow() + datetime.timedelta(hours=8, days=30)).replace(microsecond=0).isoformat()
    c = retrying(call, "POST", "/api/v1/campaigns", admin, {"year": 2026, "title": f"基准测试活动 {i}",
                 "organisers": "区总工会、区科委",
             "deadline": deadline, "quota": 10, "contactUnit": "区总工会权益部", "contactPerson": "王老师", "contactPhones": "010-1"})
    retrying(call, "POST", f"/api/v1/campaigns/{c['id']}/transitions", admin, {"to": "OPEN"})
    app = retrying(call, "POST", "/api/v1/applications", applicant, {"campaignId": c["id"], "form": FORM})
    for kind, name in [("PHOTO", "1.jpg"), ("PHOTO", "2.jpg"), ("PHOTO", "3.jpg"), ("RECOMMENDATION_LETTER", "r.jpg")]:
        a = retrying(call, "POST", f"/api/v1/applications/{app['id']}/attachments", applicant, {"kind": kind, "fileName": name})
        retrying(put, a["uploadUrl"], JPEG)
        retrying(call, "POST", f"/api/v1/applications/{app['id']}/attachments/{a['id']}/complete", applicant)
    return app["id"]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def psql(db, *args, stdin=None):
    return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, *args], env=PG_ENV, check=True,
                          capture_output=True, text=True, input=stdin).stdout


def query_row(db, sql):
    """One row as a dict (through psql's JSON, so any text survives)."""
    out = psql(db, "-At", "-c", f"select row_to_json(r) from ({sql}) r")
    return json.loads(out.splitlines()[0])


# ---------------------------------------------------------------------------------------------- CPU per process (/proc)

def _label(pid, me):
    try:
        cmd = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return None
    if pid == me:
        return "bench client (python)"
    if cmd.startswith("postgres:"):
        parts = cmd.split()
        return f"postgres ({parts[2]})" if len(parts) > 3 and "(" in parts[3] else "postgres (background)"
    if "/bin/postgres" in cmd:
        return "postgres (background)"
    if cmd.startswith("pgbench"):
        return "pgbench"
    if "quarkus-run.jar" in cmd:
        m = re.search(r"(\S*)/target/quarkus-app/quarkus-run.jar", cmd)
        if m and m.group(1).startswith(ROOT + "/"):
            return os.path.relpath(m.group(1), ROOT)
        if "keycloak" in cmd or "kc." in cmd:
            return "keycloak"
        return "other java (" + (m.group(1) if m else cmd[:40]) + ")"
    if "-Dkc." in cmd or "keycloak" in cmd:
        return "keycloak"
    if "kafka" in cmd and ".local-stack" in cmd:
        return "kafka"
    if "s3proxy" in cmd and ".local-stack" in cmd:
        return "object store"
    if "LocalStackMain" in cmd:
        return "local-stack launcher (sinks)"
    return "other (not the stack: builds, tests, …)"


def cpu_snapshot():
    """Per process: (label, cpu seconds so far); under key 0 the machine's busy CPU seconds (/proc/stat)."""
    me, tick, snap = os.getpid(), os.sysconf("SC_CLK_TCK"), {}
    cpu = [int(v) for v in open("/proc/stat").readline().split()[1:8]]
    snap[0] = ("machine", (sum(cpu) - cpu[3] - cpu[4]) / tick)  # all but idle and iowait
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            fields = open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        label = _label(int(d), me)
        if label:
            snap[int(d)] = (label, (int(fields[11]) + int(fields[12])) / tick)
            # children that exited (pgbench's backends, pgbench and psql themselves) count in their parent's cutime
            children = {"postgres (background)": "postgres (backends that exited)", "bench client (python)": "pgbench, psql"}
            snap[-int(d)] = (children.get(label, label), (int(fields[13]) + int(fields[14])) / tick)
    return snap


def cpu_report(before, after, seconds, units, what):
    used = collections.Counter()
    for pid, (label, cpu) in after.items():
        used[label] += cpu - (before[pid][1] if pid in before else 0.0)
    busy = used.pop("machine")
    top = [f"{label} {s * 1000 / units:.2f}" for label, s in used.most_common() if s * 1000 / units >= 0.05]
    return (f"  CPU per {what}, ms (machine {busy / seconds / os.cpu_count() * 100:.0f}% busy over {seconds:.1f} s on "
            f"{os.cpu_count()} CPUs; a process that exited counts in its parent): " + ", ".join(top))


# ------------------------------------------------------------------------------------------------------------- pgbench

def run_pgbench(db, script, seconds, clients, extra=(), log_dir=None):
    cmd = ["pgbench", "-n", "-c", str(clients), "-j", str(min(2, clients)), "-T", str(seconds), "-r", *extra, "-f", script, db]
    if log_dir:
        cmd[1:1] = ["-l", "--log-prefix", os.path.join(log_dir, "tx")]
    out = subprocess.run(cmd, env=PG_ENV, check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    tps = float([l for l in lines if l.startswith("tps")][0].split("=")[1].split()[0])
    latency = float([l for l in lines if l.startswith("latency average")][0].split("=")[1].split()[0])
    failed = [l for l in lines if "failed" in l or "aborted" in l]
    return tps, latency, out, failed


def pgbench_insert(seconds, clients):
    psql("application", "-c", "create table if not exists bench_insert (id bigserial primary key, payload text not null)")
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write("insert into bench_insert (payload) values ('职工创新工作室 benchmark row');\n")
    try:
        tps, latency, _, _ = run_pgbench("application", f.name, seconds, clients)
    finally:
        os.unlink(f.name)
        psql("application", "-c", "drop table if exists bench_insert")
    return tps, latency


def migration_scripts():
    """The application database's applied Flyway scripts, in order, as files of this tree."""
    out = psql("application", "-At", "-c",
               "select script from flyway_schema_history where success and script like '%.sql' order by installed_rank")
    files = []
    for script in out.split():
        found = [p for p in [os.path.join(ROOT, "application-service/src/main/resources", script)]
                 + sorted(glob.glob(os.path.join(ROOT, "platform/*/src/main/resources", script))) if os.path.exists(p)]
        if not found:
            raise RuntimeError(f"applied migration {script} not found in the tree")
        files.append(found[0])
    return files


def floor_setup(sample_id, clients, rows_per_client):
    """bench_floor: the application schema, org tree and register, and ready drafts like this run's; returns the
    values the service bound in the sample submission (pgbench -D)."""
    app = query_row("application", f"select form::text as form, applicant_org, created_by, leader_name, recommender_org "
                                   f"from application where id = '{sample_id}'")
    tr = query_row("application", f"select actor, actor_role, to_state from application_transition "
                                  f"where application_id = '{sample_id}' and to_state = 'SUBMITTED'")
    ev = query_row("application", f"select topic, type, envelope from outbox_event "
                                  f"where event_key = '{sample_id}' and type like '%submitted'")
    form = json.loads(app["form"])
    squeeze = lambda s: re.sub(r"[\s\u3000]+", "", s or "")  # NamedStudioRegister.normalise
    psql("postgres", "-c", f"drop database if exists {FLOOR_DB} with (force)")
    psql("postgres", "-c", f"create database {FLOOR_DB}")
    for script in migration_scripts():
        psql(FLOOR_DB, "-1", "-f", script)
    for table in ("org", "named_studio"):
        rows = psql("application", "-c", f"\\copy {table} to stdout")
        psql(FLOOR_DB, "-c", f"\\copy {table} from stdin", stdin=rows)
    psql(FLOOR_DB, "-v", f"drafts={clients * rows_per_client}", "-v", f"form={app['form']}",
         "-v", f"applicant_org={app['applicant_org']}", "-v", f"created_by={app['created_by']}",
         "-v", f"leader_name={app['leader_name']}", "-f", os.path.join(HERE, "submission-floor-setup.sql"))
    kinds = dict(photo="PHOTO", video="VIDEO", letter="RECOMMENDATION_LETTER", equipment="EQUIPMENT_LIST",
                 award="AWARD_MATERIAL", publicity="PUBLICITY", other="OTHER")
    return dict(n="0", rows_per_client=str(rows_per_client), recommender=app["recommender_org"],
                leader=squeeze((form.get("leader") or {}).get("name")), unit=squeeze((form.get("hostUnit") or {}).get("name")),
                stored="STORED", actor=tr["actor"], role=tr["actor_role"], submitted=tr["to_state"],
                topic=ev["topic"], event_type=ev["type"], envelope=ev["envelope"], **kinds)


def pgbench_floor(seconds, clients, variables):
    defines = [a for k, v in variables.items() for a in ("-D", f"{k}={v}")]
    with tempfile.TemporaryDirectory() as logs:
        tps, latency, out, failed = run_pgbench(FLOOR_DB, os.path.join(HERE, "submission-floor.sql"), seconds, clients,
                                                ["-M", "prepared", *defines], logs)
        lat = [int(line.split()[2]) / 1000 for f in glob.glob(os.path.join(logs, "tx*")) for line in open(f)]
    if any(re.search(r"failed transactions: [1-9]", l) for l in failed):
        raise RuntimeError("floor run had failed transactions:\n" + out)
    drafts = psql(FLOOR_DB, "-At", "-c", "select count(distinct event_key) from outbox_event")
    return tps, latency, statistics.median(lat), percentile(lat, 99), len(lat), int(drafts), out


def wait_for_outbox(timeout=60):
    """Let the relay (and Kafka's consumers) finish with the events so far, so that they do not share the CPU with
    what is measured next."""
    end = time.time() + timeout
    while time.time() < end:
        if psql("application", "-At", "-c", "select count(*) from outbox_event where published_at is null").strip() == "0":
            break
        time.sleep(0.5)
    time.sleep(2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000, help="submissions (enough for a few seconds of steady state)")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seconds", type=int, default=10, help="each pgbench run")
    ap.add_argument("--direct", action="store_true", help="submit straight to application-service, not through the gateway")
    ap.add_argument("--rows-per-client", type=int, default=4000, help="floor drafts per pgbench client")
    ap.add_argument("--keep-floor-db", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print pgbench's per-statement latencies of the floor")
    args = ap.parse_args()
    c = args.concurrency
    admin, applicant = token("admin1"), token("applicant1")
    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(c) as pool:
        ids = list(pool.map(lambda i: prepare(admin, applicant, i), range(args.n)))
    print(f"prepared {len(ids)} ready drafts in {time.time() - t0:.1f} s")
    applicant = token("applicant1")
    base, via = (SERVICE, "straight to application-service") if args.direct else (GATEWAY, "through the gateway")
    wait_for_outbox()  # the drafts' own events
    failures = collections.Counter()

    def submit(app_id):
        start = time.perf_counter()
        try:
            result = call("POST", f"/api/v1/applications/{app_id}/submit", applicant, base=base)
            assert result["state"] == "SUBMITTED", result
        except urllib.error.HTTPError as e:
            failures[f"HTTP {e.code}"] += 1
            return None
        return (time.perf_counter() - start) * 1000

    cpu0, t0 = cpu_snapshot(), time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(c) as pool:
        latencies = [ms for ms in pool.map(submit, ids) if ms is not None]
    elapsed = time.perf_counter() - t0
    cpu_submit = cpu_report(cpu0, cpu_snapshot(), elapsed, len(ids), "submission")
    rate = len(latencies) / elapsed
    p50, p99 = statistics.median(latencies), percentile(latencies, 99)
    wait_for_outbox()

    tps, pg_latency = pgbench_insert(args.seconds, c)
    variables = floor_setup(ids[0], c, args.rows_per_client)
    cpu0, t0 = cpu_snapshot(), time.perf_counter()
    f_tps, f_mean, f_p50, f_p99, f_count, f_rows, f_out = pgbench_floor(args.seconds, c, variables)
    cpu_floor = cpu_report(cpu0, cpu_snapshot(), time.perf_counter() - t0, f_count, "floor transaction")
    if not args.keep_floor_db:
        psql("postgres", "-c", f"drop database if exists {FLOOR_DB} with (force)")

    failed = f", {sum(failures.values())} FAILED ({', '.join(f'{v}x {k}' for k, v in failures.items())})" if failures else ""
    print(f"submissions {via}: {len(latencies)} in {elapsed:.2f} s = {rate:.1f}/s, "
          f"p50 {p50:.1f} ms, p99 {p99:.1f} ms (concurrency {c}){failed}")
    print(cpu_submit)
    print(f"pgbench single-row INSERT baseline: {tps:.0f} tx/s, mean latency {pg_latency:.2f} ms (clients {c})")
    print(f"submission floor (pgbench submission-floor.sql: the statements of one submission; "
          f"-c {c} -j {min(2, c)} -M prepared): {f_tps:.0f} tx/s, mean {f_mean:.2f} ms, p50 {f_p50:.2f} ms, "
          f"p99 {f_p99:.2f} ms ({f_count} transactions on {f_rows} drafts)")
    print(cpu_floor)
    if args.verbose:
        print("\n".join(l for l in f_out.splitlines() if re.match(r"\s+\d+\.\d+\s+\d+\s", l)))
    ratio = rate / f_tps
    met = ratio >= GOAL_RATIO and p99 <= GOAL_P99_MS
    print(f"ratio: submissions/s ÷ floor tx/s = {rate:.1f} / {f_tps:.0f} = {ratio:.3f} "
          f"(goal ≥ {GOAL_RATIO} with p99 ≤ {GOAL_P99_MS:.0f} ms: {'met' if met else 'NOT met'}); "
          f"a submission costs {tps / rate:.1f}x a bare INSERT transaction")


if __name__ == "__main__":
    main()
