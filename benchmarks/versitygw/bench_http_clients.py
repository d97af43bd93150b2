#!/usr/bin/env python3
"""Large downloads from versitygw over each of the SDK's synchronous HTTP clients (issue 21, point 3):
Apache 4 (the command line's), Apache 5, URLConnection and the CRT, each in a fresh JVM doing one
S3Transfers download to a file (HttpClientDownloadRun), with the default range size (ranges grouped
into larger GETs) and with 8 MiB ranges one GET each; bin/aws-recipes and s5cmd as references.

Every contender runs as a process of its own under GNU time (wall seconds, client CPU-seconds = user +
system, peak RSS). Contenders take turns (A, B, C, then B, C, A, ...) so that a slow phase of a shared
machine does not fall on one of them; each figure is the median of the runs. Run through
scripts/bench-http-clients, which builds what is needed and sets the variables below.
"""
import csv
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

MIB = 1024 * 1024
ENDPOINT = os.environ.get("BENCH_ENDPOINT", "http://127.0.0.1:7070")
ROOT = os.environ["BENCH_ROOT"]
RUNS = max(1, int(os.environ.get("BENCH_RUNS", "3")))
CONC = int(os.environ.get("BENCH_CONCURRENCY", "8"))
SIZES = [s.strip() for s in os.environ.get("BENCH_SIZES", "1GiB,4GiB").split(",") if s.strip()]
# contender names: CLIENT:auto or CLIENT:MIB for the SDK's clients, cli:auto / cli:MIB, s5cmd; per size
# BENCH_CONTENDERS_<SIZE> (e.g. BENCH_CONTENDERS_4GiB) overrides BENCH_CONTENDERS.
DEFAULT_CONTENDERS = ("apache4:auto,apache5:auto,urlconnection:auto,crt:auto,apache4:8,apache5:8,urlconnection:8,"
                      "crt:8,cli:auto,cli:8,s5cmd")
DOCS = os.environ.get("BENCH_DOCS_DIR", os.path.join(ROOT, "docs", "benchmarks"))
TMP = os.environ.get("BENCH_TMP_DIR", tempfile.gettempdir())
S5CMD = os.environ.get("BENCH_S5CMD", "")
NAME = os.environ.get("BENCH_NAME", "http-clients")
BENCH_JAR = os.environ.get("BENCH_JAR", os.path.join(ROOT, "benchmarks", "target", "aws-recipes-benchmarks.jar"))
LAUNCHER = os.environ.get("BENCH_LAUNCHER", os.path.join(ROOT, "bin", "aws-recipes"))


def size_bytes(text):
    for unit, factor in (("GiB", 1024 * MIB), ("MiB", MIB), ("KiB", 1024)):
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * factor)
    return int(text)


def contenders(size_text):
    names = os.environ.get("BENCH_CONTENDERS_" + size_text, os.environ.get("BENCH_CONTENDERS", DEFAULT_CONTENDERS))
    return [n.strip() for n in names.split(",") if n.strip()]


def argv(name, bucket, key, target):
    if name == "s5cmd":
        return [S5CMD, "--endpoint-url", ENDPOINT, "cp", "--concurrency", str(CONC), "--part-size", "8",
                "s3://%s/%s" % (bucket, key), target]
    client, part = name.split(":")
    if client == "cli":
        return [LAUNCHER, "download", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--key", key, "--concurrency",
                str(CONC), "--overwrite"] + ([] if part == "auto" else ["--part-size", part + "MiB"]) + [target]
    return ["java", "-cp", BENCH_JAR, "dev.awsrecipes.benchmarks.http.HttpClientDownloadRun", client, target, bucket,
            key, str(CONC), part]


def timed(args, env):
    """(wall s, CPU s, peak RSS MiB, requests or '') of one run under GNU time, or raises with stderr's tail."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        proc = subprocess.run(["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M"] + args, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=3600)
        fields = out.read().split()[-4:]
        if proc.returncode != 0:
            raise RuntimeError("exit %d: %s" % (proc.returncode, proc.stderr.decode(errors="replace")[-400:]))
    requests = ""
    for word in proc.stdout.decode(errors="replace").split():
        if word.startswith("requests="):
            requests = word.split("=", 1)[1]
    return float(fields[0]), float(fields[1]) + float(fields[2]), int(fields[3]) / 1024.0, requests


def main():
    env = dict(os.environ, AWS_ACCESS_KEY_ID=os.environ["BENCH_ACCESS_KEY"],
               AWS_SECRET_ACCESS_KEY=os.environ["BENCH_SECRET_KEY"], AWS_REGION="us-east-1",
               AWS_DEFAULT_REGION="us-east-1")
    os.makedirs(DOCS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="aws-recipes-bench-http-", dir=TMP)
    bucket = "bench-http-%d" % os.getpid()
    subprocess.run(["aws", "--endpoint-url", ENDPOINT, "s3api", "create-bucket", "--bucket", bucket], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_start = os.getloadavg()
    rows = []  # (size, contender, run, wall, cpu, rss, requests, error)
    try:
        for size_text in SIZES:
            size = size_bytes(size_text)
            source = os.path.join(work, "source")
            with open(source, "wb") as f:
                left = size
                while left > 0:
                    chunk = os.urandom(min(left, 8 * MIB))
                    f.write(chunk)
                    left -= len(chunk)
            # As bench-versitygw stores it: by ours, multipart in 8 MiB parts, a composite CRC32C.
            key = "download-source-" + size_text
            subprocess.run([LAUNCHER, "upload", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--key", key,
                            "--part-size", "8MiB", source], env=env, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            os.remove(source)
            active = contenders(size_text)
            for run in range(RUNS):
                order = active[run % len(active):] + active[: run % len(active)]
                for name in order:
                    target = os.path.join(work, "out")
                    try:
                        wall, cpu, rss, requests = timed(argv(name, bucket, key, target), env)
                        error = "" if os.path.getsize(target) == size else "downloaded %d bytes" % os.path.getsize(
                            target)
                    except Exception as e:  # one contender failing never stops the others
                        wall = cpu = rss = float("nan")
                        requests, error = "", str(e).replace("\n", " ")[:300]
                    rows.append((size_text, name, run + 1, wall, cpu, rss, requests, error))
                    print("%s %-20s run %d: %.2f s, %.2f CPU-s, %.0f MiB, %s requests %s (load %.1f)" % (
                        size_text, name, run + 1, wall, cpu, rss, requests or "?", error, os.getloadavg()[0]),
                        file=sys.stderr, flush=True)
                    if os.path.exists(target):
                        os.remove(target)
    finally:
        subprocess.run(["aws", "--endpoint-url", ENDPOINT, "s3", "rb", "s3://" + bucket, "--force"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    write(rows, started, load_start, os.getloadavg())


def median(values):
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


def write(rows, started, load_start, load_end):
    with open(os.path.join(DOCS, NAME + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["size", "contender", "run", "wall_s", "cpu_s", "peak_rss_mib", "requests", "error"])
        for r in rows:
            w.writerow([r[0], r[1], r[2], "%.3f" % r[3], "%.3f" % r[4], "%.1f" % r[5], r[6], r[7]])
    lines = ["# Large downloads over the SDK's HTTP clients, against versitygw", "",
             "Measured %s by `scripts/bench-http-clients` on %s (%d cores), JDK %s, versitygw 1.8.0 on loopback at "
             "%s, %d ranges in flight. Load average %.1f at the start and %.1f at the end (other builds shared the "
             "machine); contenders took turns in every round, so compare them within a size rather than with other "
             "tables." % (started.strftime("%Y-%m-%d %H:%M UTC"), cpu_model(), os.cpu_count(), java_version(),
                          ENDPOINT, CONC, load_start[0], load_end[0]), "",
             "Each cell: median of the runs (n) of wall seconds / client CPU-seconds (user + system) / peak RSS MiB, "
             "from GNU time around the whole process (JVM start included). `CLIENT:auto` is "
             "`S3Transfers.download` over that client with the default range size (8 MiB ranges, several per GET); "
             "`CLIENT:8` asks for 8 MiB ranges, one GET each (what `--part-size 8MiB` does). Requests: HTTP "
             "requests the SDK sent (HeadObject and part look-ups included).", ""]
    for size_text in SIZES:
        mine = [r for r in rows if r[0] == size_text]
        if not mine:
            continue
        lines += ["## %s" % size_text, "", "| contender | n | wall s | CPU s | peak RSS MiB | requests |",
                  "|---|---|---|---|---|---|"]
        for name in dict.fromkeys(r[1] for r in mine):
            runs = [r for r in mine if r[1] == name]
            ok = [r for r in runs if not r[7]]
            errors = [r[7] for r in runs if r[7]]
            cell = "| %s | %d | %.2f | %.2f | %.0f | %s |" % (
                name, len(ok), median([r[3] for r in ok]), median([r[4] for r in ok]), median([r[5] for r in ok]),
                ok[0][6] if ok and ok[0][6] else "—")
            if errors:
                cell += " %d failed: %s" % (len(errors), errors[0][:100])
            lines.append(cell)
        lines.append("")
    with open(os.path.join(DOCS, NAME + ".md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def java_version():
    out = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0].split('"')[1] if out and '"' in out[0] else "?"


if __name__ == "__main__":
    main()
