#!/usr/bin/env python3
"""What each start-up step buys the command line: `--version`, a 1 KiB upload and a 64 MiB upload to
versitygw, each under GNU time (wall, CPU-seconds, peak RSS), median of BENCH_RUNS, variants taking
turns. Variants: the jar with no flags, then the class-data-sharing archive, then C1 only, then
SerialGC (what bin/aws-recipes runs); plus any older jars named in BENCH_STARTUP_JARS
("label=path,label=path", run with no flags) to show what the code changes bought.
Writes docs/benchmarks/startup-measured.md. Run through scripts/bench-versitygw with BENCH_STARTUP=1.
"""
import datetime
import glob
import os
import statistics
import subprocess
import tempfile

ROOT = os.environ["BENCH_ROOT"]
ENDPOINT = os.environ.get("BENCH_ENDPOINT", "http://127.0.0.1:7070")
RUNS = max(3, int(os.environ.get("BENCH_RUNS", "3")))
DOCS = os.environ.get("BENCH_DOCS_DIR", os.path.join(ROOT, "docs", "benchmarks"))
JAR = os.path.join(ROOT, "cli", "target", "aws-recipes.jar")
# The AppCDS archive mvn package made for this JDK; bin/aws-recipes names it by a key of the JDK and the jar.
JSA = max(glob.glob(os.path.join(ROOT, "cli", "target", "aws-recipes-*.jsa")) or [os.path.join(ROOT, "cli", "target",
          "aws-recipes.jsa")], key=lambda p: os.path.getmtime(p) if os.path.exists(p) else 0)
QUIET = ["-Xlog:cds=off", "-Xlog:cds+dynamic=off"]


def variants():
    out = []
    for item in [s for s in os.environ.get("BENCH_STARTUP_JARS", "").split(",") if s.strip()]:
        label, path = item.split("=", 1)
        out.append((label, ["java", "-jar", path]))
    out += [
        ("this jar, no flags", ["java", "-jar", JAR]),
        ("+ AppCDS archive", ["java", "-XX:SharedArchiveFile=" + JSA] + QUIET + ["-jar", JAR]),
        ("+ C1 only (-XX:TieredStopAtLevel=1)",
         ["java", "-XX:SharedArchiveFile=" + JSA] + QUIET + ["-XX:TieredStopAtLevel=1", "-jar", JAR]),
        ("+ SerialGC = bin/aws-recipes", [os.path.join(ROOT, "bin", "aws-recipes")]),
    ]
    return out


def timed(argv, env):
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        proc = subprocess.run(["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M"] + argv, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        f = out.read().split()[-4:]
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode(errors="replace")[-300:])
    return float(f[0]), float(f[1]) + float(f[2]), int(f[3]) / 1024.0


def main():
    env = dict(os.environ)
    env.update(AWS_ACCESS_KEY_ID=os.environ.get("BENCH_ACCESS_KEY", "aws-recipes"),
               AWS_SECRET_ACCESS_KEY=os.environ.get("BENCH_SECRET_KEY", "aws-recipes-secret"),
               AWS_REGION="us-east-1")
    env.pop("AWS_PROFILE", None)
    env.pop("AWS_RECIPES_JAVA_OPTS", None)
    work = tempfile.mkdtemp(prefix="aws-recipes-startup-")
    bucket = "bench-startup-%d" % os.getpid()
    launcher = os.path.join(ROOT, "bin", "aws-recipes")
    subprocess.run([launcher, "create-bucket", "--endpoint-url", ENDPOINT, "--bucket", bucket], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    files = {}
    for name, size in (("1KiB", 1024), ("64MiB", 64 * 1024 * 1024)):
        files[name] = os.path.join(work, name)
        with open(files[name], "wb") as f:
            f.write(os.urandom(size))
    cases = [("--version", lambda: ["--version"])] + [
        ("upload %s" % n, (lambda n=n: ["upload", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--key", n,
                                        files[n]])) for n in ("1KiB", "64MiB")]
    all_ = variants()
    results = {}
    started = datetime.datetime.now(datetime.timezone.utc)
    load = os.getloadavg()[0]
    try:
        for case, args in cases:
            for run in range(RUNS):
                order = all_[run % len(all_):] + all_[: run % len(all_)]
                for label, argv in order:
                    results.setdefault((case, label), []).append(timed(argv + args(), env))
    finally:
        subprocess.run([launcher, "delete-bucket", "--endpoint-url", ENDPOINT, "--bucket", bucket], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lines = ["# Start-up of the command line, step by step", "",
             "Measured %s by `BENCH_STARTUP=1 scripts/bench-versitygw` on %d cores (load average %.1f at the "
             "start: a shared machine), against versitygw at %s. Each cell: median of %d runs of wall s / "
             "CPU-s (user + system) / peak RSS MiB, whole process, variants taking turns."
             % (started.strftime("%Y-%m-%d %H:%M UTC"), os.cpu_count(), load, ENDPOINT, RUNS), "",
             "| variant | " + " | ".join(c for c, _ in cases) + " |", "|---|" + "---|" * len(cases)]
    for label, _ in all_:
        cells = []
        for case, _ in cases:
            r = results[(case, label)]
            cells.append("%.2f / %.2f / %.0f" % tuple(statistics.median(x[i] for x in r) for i in range(3)))
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    text = "\n".join(lines) + "\n"
    os.makedirs(DOCS, exist_ok=True)
    with open(os.path.join(DOCS, "startup-measured.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
