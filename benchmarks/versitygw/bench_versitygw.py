#!/usr/bin/env python3
"""Upload and download benchmarks against versitygw (a real S3 server on loopback), where the client's
cost shows: LocalStack eats most of the CPU itself and hides it.

Every contender runs as a process of its own under GNU time, which reports wall seconds, client
CPU-seconds (user + system) and peak RSS. Contenders take turns (A, B, C, then B, C, A, ...) so a
slow phase of a shared machine does not fall on one of them; each figure is the median of the runs.
Ratios compare each contender with ours (bin/aws-recipes) in the same run.

Run through scripts/bench-versitygw, which builds what is needed and sets the variables below.
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
REGION = os.environ.get("BENCH_REGION", "us-east-1")
ACCESS = os.environ.get("BENCH_ACCESS_KEY", "aws-recipes")
SECRET = os.environ.get("BENCH_SECRET_KEY", "aws-recipes-secret")
ROOT = os.environ["BENCH_ROOT"]
RUNS = max(3, int(os.environ.get("BENCH_RUNS", "3")))
CONC = int(os.environ.get("BENCH_CONCURRENCY", "8"))
PART_MIB = int(os.environ.get("BENCH_PART_SIZE_MIB", "8"))
SIZES = [s.strip() for s in os.environ.get("BENCH_SIZES", "1KiB,64MiB,1GiB").split(",") if s.strip()]
OPS = [s.strip() for s in os.environ.get("BENCH_OPS", "upload,download").split(",") if s.strip()]
ONLY = {s.strip() for s in os.environ.get("BENCH_CONTENDERS", "").split(",") if s.strip()}
DOCS = os.environ.get("BENCH_DOCS_DIR", os.path.join(ROOT, "docs", "benchmarks"))
TMP = os.environ.get("BENCH_TMP_DIR", tempfile.gettempdir())
S5CMD = os.environ.get("BENCH_S5CMD", "")
CLI_JAR = os.path.join(ROOT, "cli", "target", "aws-recipes.jar")
BENCH_JAR = os.path.join(ROOT, "benchmarks", "target", "aws-recipes-benchmarks.jar")
# Over HTTPS (scripts/bench-versitygw with BENCH_TLS=1): the server's self-signed certificate, as a PEM file
# for the AWS CLI, Go's tools, the CRT and curl, and as a PKCS#12 trust store for the JVMs' own TLS. Every contender
# verifies it (without these, each fails its TLS handshake).
CA_BUNDLE = os.environ.get("BENCH_CA_BUNDLE", "")
TRUST_STORE = os.environ.get("BENCH_TRUST_STORE", "")
NAME = os.environ.get("BENCH_NAME", "versitygw")
LAUNCHER = os.path.join(ROOT, "bin", "aws-recipes")
# A second JDK for ours (the launcher gives JDK 25+ its ahead-of-time cache, 17-24 AppCDS); empty: none.
JDK_SECOND = os.environ.get("BENCH_SECOND_JDK", "")
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def size_bytes(text):
    units = {"KiB": 1024, "MiB": MIB, "GiB": 1024 * MIB}
    for unit, factor in units.items():
        if text.endswith(unit):
            return int(text[: -len(unit)]) * factor
    return int(text)


def keys_env():
    env = dict(os.environ)
    for name in ("AWS_PROFILE", "AWS_ENDPOINT_URL", "AWS_CA_BUNDLE"):
        env.pop(name, None)
    env.update(AWS_ACCESS_KEY_ID=ACCESS, AWS_SECRET_ACCESS_KEY=SECRET, AWS_REGION=REGION,
               AWS_DEFAULT_REGION=REGION, BENCH_ENDPOINT=ENDPOINT, BENCH_REGION=REGION,
               BENCH_ACCESS_KEY=ACCESS, BENCH_SECRET_KEY=SECRET)
    if CA_BUNDLE:
        env.update(AWS_CA_BUNDLE=CA_BUNDLE, SSL_CERT_FILE=CA_BUNDLE, CURL_CA_BUNDLE=CA_BUNDLE,
                   JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=%s -Djavax.net.ssl.trustStorePassword=changeit"
                   % TRUST_STORE)
    return env


def aws_cli_env(work):
    config = os.path.join(work, "aws-config")
    with open(config, "w") as f:
        f.write("[default]\nregion = %s\ns3 =\n  max_concurrent_requests = %d\n  multipart_chunksize = %dMB\n"
                "  multipart_threshold = %dMB\n  addressing_style = path\n" % (REGION, CONC, PART_MIB, PART_MIB))
    env = keys_env()
    env.update(AWS_CONFIG_FILE=config, AWS_SHARED_CREDENTIALS_FILE="/dev/null")
    return env


def rclone_env():
    env = keys_env()
    env.update(RCLONE_CONFIG_VG_TYPE="s3", RCLONE_CONFIG_VG_PROVIDER="Other", RCLONE_CONFIG_VG_ENDPOINT=ENDPOINT,
               RCLONE_CONFIG_VG_ACCESS_KEY_ID=ACCESS, RCLONE_CONFIG_VG_SECRET_ACCESS_KEY=SECRET,
               RCLONE_CONFIG_VG_REGION=REGION, RCLONE_CONFIG_VG_FORCE_PATH_STYLE="true", RCLONE_CONFIG="/dev/null")
    # rclone's AWS SDK refuses AWS_CA_BUNDLE with its own transport; it trusts the certificate through
    # SSL_CERT_FILE instead, as Go programs do.
    env.pop("AWS_CA_BUNDLE", None)
    return env


class Contender:
    def __init__(self, name, settings, upload, download, env, missing=None):
        self.name, self.settings, self.upload, self.download, self.env = name, settings, upload, download, env
        self.missing = missing


def jdk_major(java_home):
    """The major version in a JDK's release file, or 0."""
    try:
        with open(os.path.join(java_home, "release")) as f:
            for line in f:
                if line.startswith("JAVA_VERSION="):
                    return int(line.split("=", 1)[1].strip().strip('"').split(".")[0])
    except (OSError, ValueError):
        pass
    return 0


def java_home_of(java):
    """The JDK a java binary belongs to (through symbolic links)."""
    return os.path.dirname(os.path.dirname(os.path.realpath(java)))


def aws_cli(major):
    """The AWS CLI of this major version: the real program, not a pyenv shim (a shim's own start-up, about
    0.08 s, is not the AWS CLI's), or None."""
    found = []
    on_path = shutil.which("aws")
    if on_path and "/shims/" in on_path and shutil.which("pyenv"):
        real = subprocess.run(["pyenv", "which", "aws"], capture_output=True, text=True).stdout.strip()
        on_path = real or on_path
    for candidate in (on_path, "/usr/bin/aws", "/usr/local/bin/aws"):
        if candidate and os.access(candidate, os.X_OK) and candidate not in found:
            found.append(candidate)
    for candidate in found:
        out = subprocess.run([candidate, "--version"], capture_output=True, text=True)
        text = (out.stdout + out.stderr).strip()
        if text.startswith("aws-cli/%d." % major):
            return candidate, text.split()[0].split("/")[1]
    return None, None


def aws_cli_contender(program, version, bucket, work):
    """`aws s3 cp` of one AWS CLI (None: not installed), with 8 in flight and our part size, as for everyone."""
    def cp(source, target):
        return [program, "--endpoint-url", ENDPOINT, "--only-show-errors", "s3", "cp", source, target]
    return Contender("AWS CLI %s (aws s3 cp)" % version,
                     "max_concurrent_requests %d, multipart_chunksize %dMB" % (CONC, PART_MIB),
                     lambda f, key: cp(f, "s3://%s/%s" % (bucket, key)),
                     lambda f, key: cp("s3://%s/%s" % (bucket, key), f),
                     aws_cli_env(work), None if program else "no AWS CLI " + version)


def contenders(bucket, work):
    k = keys_env()
    par = "%d in flight, %d MiB parts" % (CONC, PART_MIB)
    java = shutil.which("java")
    first_jdk = jdk_major(java_home_of(java))
    # Downloads get no --part-size: the library chooses the ranges and how many go in one GET (issue 21).
    ours_cli_up = lambda f, key: [LAUNCHER, "upload", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--key", key,
                                  "--part-size", "%dMiB" % PART_MIB, "--concurrency", str(CONC), f]
    ours_cli_down = lambda f, key: [LAUNCHER, "download", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--key", key,
                                    "--concurrency", str(CONC), "--overwrite", f]
    jvm = lambda mode: (lambda f, key: [java, "-cp", BENCH_JAR, "dev.awsrecipes.benchmarks.transfer.WarmTransferRun",
                                         mode, f, bucket, key, "1", str(CONC), str(PART_MIB)])
    tm = lambda which: (lambda f, key: [java, "-cp", BENCH_JAR, "dev.awsrecipes.benchmarks.upload.UploadRun", which,
                                         f, bucket, key, str(CONC), str(PART_MIB)])
    url = lambda key: "%s/%s/%s" % (ENDPOINT, bucket, key)
    sig = ["--aws-sigv4", "aws:amz:%s:s3" % REGION, "--user", "%s:%s" % (ACCESS, SECRET)]
    launcher = ("%d in flight; uploads in %d MiB parts, downloads in the library's ranges; start-up archive (AOT "
                "cache on JDK 25+, AppCDS before), C1 (C2 for ciphers and digests on HTTPS transfers not known to be "
                "small), SerialGC" % (CONC, PART_MIB))
    second = JDK_SECOND if JDK_SECOND and os.access(os.path.join(JDK_SECOND, "bin", "java"), os.X_OK) else None
    second_env = dict(k, JAVA_HOME=second) if second else k
    first_env = dict(k, JAVA_HOME=java_home_of(java))
    v1, v1_version = aws_cli(1)
    v2, v2_version = aws_cli(2)
    s5 = S5CMD if S5CMD and os.access(S5CMD, os.X_OK) else None
    all_ = [
        Contender("ours, bin/aws-recipes on JDK %d" % first_jdk, launcher, ours_cli_up, ours_cli_down, first_env),
        Contender("ours, bin/aws-recipes on JDK %d" % jdk_major(second or ""), launcher, ours_cli_up, ours_cli_down,
                  second_env, None if second else "no second JDK (BENCH_SECOND_JDK)"),
        Contender("ours in a JVM (S3Transfers, one call)", par, jvm("upload"), jvm("download"), k),
        Contender("s5cmd 2.3.0", "--concurrency %d --part-size %d" % (CONC, PART_MIB),
                  lambda f, key: [s5, "--endpoint-url", ENDPOINT, "cp", "--concurrency", str(CONC), "--part-size",
                                  str(PART_MIB), f, "s3://%s/%s" % (bucket, key)],
                  lambda f, key: [s5, "--endpoint-url", ENDPOINT, "cp", "--concurrency", str(CONC), "--part-size",
                                  str(PART_MIB), "s3://%s/%s" % (bucket, key), f],
                  k, None if s5 else "s5cmd not built (BENCH_S5CMD)"),
        aws_cli_contender(v1, v1_version or "v1", bucket, work),
        aws_cli_contender(v2, v2_version or "v2", bucket, work),
        # --ignore-times: rclone skips a copy whose target looks the same (size, time), which every run but
        # the first would be.
        Contender("rclone (Debian)", "--s3-upload-concurrency %d --s3-chunk-size %dMi; --multi-thread-streams %d"
                  % (CONC, PART_MIB, CONC),
                  lambda f, key: ["rclone", "copyto", f, "vg:%s/%s" % (bucket, key), "--s3-upload-concurrency",
                                  str(CONC), "--s3-chunk-size", "%dMi" % PART_MIB, "--s3-upload-cutoff",
                                  "%dMi" % PART_MIB, "--expect-continue-timeout", "0", "--ignore-times"],
                  lambda f, key: ["rclone", "copyto", "vg:%s/%s" % (bucket, key), f, "--multi-thread-streams",
                                  str(CONC), "--multi-thread-cutoff", "%dMi" % PART_MIB, "--ignore-times"],
                  rclone_env(), None if shutil.which("rclone") else "rclone not installed"),
        Contender("SDK TransferManager (CRT)", par, tm("tm-crt"), tm("tm-crt-download"), k),
        Contender("SDK TransferManager (Java, Netty)", par, tm("tm-java"), tm("tm-java-download"), k),
        Contender("curl, one request (ceiling)", "1 PUT / 1 GET, SigV4, unsigned payload",
                  lambda f, key: ["curl", "-sS", "--fail", "-o", "/dev/null"] + sig
                  + ["-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", "-T", f, url(key)],
                  lambda f, key: ["curl", "-sS", "--fail", "-o", f] + sig
                  + ["-H", "x-amz-content-sha256: " + EMPTY_SHA256, url(key)],
                  k, None if shutil.which("curl") else "curl not installed"),
    ]
    return [c for c in all_ if not ONLY or c.name.split(",")[0].split(" ")[0] in ONLY or c.name in ONLY]


def timed(argv, env):
    """(wall s, CPU s, peak RSS MiB) of one run under GNU time, or raises with the tail of stderr."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        proc = subprocess.run(["/usr/bin/time", "-o", out.name, "-f", "%e %U %S %M"] + argv, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=3600)
        fields = out.read().split()[-4:]
        if proc.returncode != 0:
            raise RuntimeError("exit %d: %s" % (proc.returncode, proc.stderr.decode(errors="replace")[-400:]))
    wall, user, system, rss_kib = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    return wall, user + system, rss_kib / 1024.0


def s3(args, env):
    subprocess.run(["aws", "--endpoint-url", ENDPOINT, "s3api"] + args, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(DOCS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="aws-recipes-bench-vg-", dir=TMP)
    bucket = "bench-vg-%d" % os.getpid()
    env = keys_env()
    s3(["create-bucket", "--bucket", bucket], env)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_start = os.getloadavg()
    rows = []  # (op, size, contender, run, wall, cpu, rss, error)
    every = contenders(bucket, work)
    try:
        for size_text in SIZES:
            size = size_bytes(size_text)
            source = os.path.join(work, "source-" + size_text)
            with open(source, "wb") as f:
                left = size
                while left > 0:
                    chunk = os.urandom(min(left, 8 * MIB))
                    f.write(chunk)
                    left -= len(chunk)
            # The object every download fetches: stored once by ours (multipart, CRC32C composite).
            seed_key = "download-source-" + size_text
            subprocess.run([LAUNCHER, "upload", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--key", seed_key,
                            "--part-size", "%dMiB" % PART_MIB, source], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for op in OPS:
                active = [c for c in every if c.missing is None and (c.upload if op == "upload" else c.download)]
                for run in range(RUNS):
                    order = active[run % len(active):] + active[: run % len(active)]
                    for c in order:
                        target = os.path.join(work, "out-" + size_text)
                        key = "up-%s-%d" % (size_text, active.index(c))
                        if op == "upload":
                            argv = c.upload(source, key)
                        else:
                            argv = c.download(target, seed_key)
                        try:
                            wall, cpu, rss = timed(argv, c.env)
                            error = ""
                            if op == "download" and os.path.getsize(target) != size:
                                error = "downloaded %d bytes, not %d" % (os.path.getsize(target), size)
                        except Exception as e:  # one contender failing never stops the others
                            wall = cpu = rss = float("nan")
                            error = str(e).replace("\n", " ")[:300]
                        rows.append((op, size_text, c.name, run + 1, wall, cpu, rss, error))
                        print("%s %s %-40s run %d: %.2f s, %.2f CPU-s, %.0f MiB %s" % (
                            op, size_text, c.name, run + 1, wall, cpu, rss, error), file=sys.stderr, flush=True)
                        if os.path.exists(target):
                            os.remove(target)
                        if op == "upload":
                            # Untimed: ten contenders' copies of 4 GiB would not fit beside each other on disk.
                            s3(["delete-object", "--bucket", bucket, "--key", key], env)
            os.remove(source)
            s3(["delete-object", "--bucket", bucket, "--key", seed_key], env)
    finally:
        subprocess.run(["aws", "--endpoint-url", ENDPOINT, "s3", "rb", "s3://" + bucket, "--force"], env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    write(rows, every, started, load_start, os.getloadavg())


def median(values):
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


def write(rows, every, started, load_start, load_end):
    with open(os.path.join(DOCS, NAME + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["operation", "size", "contender", "run", "wall_s", "cpu_s", "peak_rss_mib", "error"])
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[3], "%.3f" % r[4], "%.3f" % r[5], "%.1f" % r[6], r[7]])
    tls = (" Over HTTPS: versitygw serves a self-signed certificate that every contender verifies (the AWS CLI and "
           "curl through the PEM file, Go's tools and the CRT through SSL_CERT_FILE, the JVMs through a trust store); the SDK "
           "signs as it does over TLS." if CA_BUNDLE else "")
    lines = ["# Upload and download against versitygw" + (" over HTTPS" if CA_BUNDLE else ""), "",
             "Measured %s by `scripts/bench-versitygw` on %s (%d cores, %s), JDK %s, versitygw 1.8.0 (posix "
             "backend) on loopback at %s. Load average %.1f at the start and %.1f at the end (the benchmark's own "
             "processes included); contenders took turns in every round, so the ratios are fairer than the absolute "
             "times.%s"
             % (started.strftime("%Y-%m-%d %H:%M UTC"), cpu_model(), os.cpu_count(), platform.machine(),
                java_versions(), ENDPOINT, load_start[0], load_end[0], tls), "",
             "Each cell: median of %d runs of wall seconds / client CPU-seconds (user + system) / peak RSS MiB, "
             "from GNU time around the whole process (JVM start included). Ratio: wall and CPU relative to "
             "`bin/aws-recipes` in the same run (below 1 = faster than ours)." % RUNS, ""]
    charted = chart(os.path.join(DOCS, NAME + ".csv"), every[0].name)
    for op in OPS:
        sizes = [s for s in SIZES if any(r[0] == op and r[1] == s for r in rows)]
        if not sizes:
            continue
        lines += ["## %s" % op, ""]
        if op in charted:
            lines += ["![%s: wall time relative to ours](%s-%s.png)" % (op, NAME, op), ""]
        lines += ["| contender | " + " | ".join(
            "%s: wall / CPU / RSS | ratio wall, CPU" % s for s in sizes) + " |",
                  "|---|" + "---|---|" * len(sizes)]
        for c in every:
            cells = []
            for s in sizes:
                mine = [r for r in rows if r[0] == op and r[1] == s and r[2] == c.name]
                ours = [r for r in rows if r[0] == op and r[1] == s and r[2] == every[0].name]
                if not mine:
                    cells += ["—", "—"]
                    continue
                errors = [r[7] for r in mine if r[7]]
                wall, cpu, rss = median([r[4] for r in mine]), median([r[5] for r in mine]), median([r[6] for r in mine])
                ow, oc = median([r[4] for r in ours]), median([r[5] for r in ours])
                cell = "%.2f s / %.2f / %.0f" % (wall, cpu, rss)
                if errors:
                    cell += " (%d failed: %s)" % (len(errors), errors[0][:80])
                cells += [cell, "%.2f×, %.2f×" % (wall / ow, cpu / oc) if ow == ow and oc == oc and ow > 0 and oc > 0
                          else "—"]
            lines.append("| %s | %s |" % (c.name, " | ".join(cells)))
        lines.append("")
    lines += goals(rows, every)
    lines += ["Settings: " + "; ".join("%s: %s" % (c.name, c.settings) for c in every), ""]
    missing = [c for c in every if c.missing]
    if missing:
        lines += ["Not run: " + "; ".join("%s (%s)" % (c.name, c.missing) for c in missing), ""]
    with open(os.path.join(DOCS, NAME + ".md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


def goals(rows, every):
    """Issue 21's goals, judged from this run's medians: up to 64 MiB, ours at most half the AWS CLI's wall time
    (each AWS CLI apart); from 1 GiB, at most s5cmd's wall time and CPU, and under 256 MiB of memory at 4 GiB."""
    def med(op, size, name, index):
        return median([r[index] for r in rows if r[0] == op and r[1] == size and r[2] == name and not r[7]])

    ours = [c.name for c in every if c.name.startswith("ours, bin/") and not c.missing]
    clis = [c.name for c in every if c.name.startswith("AWS CLI") and not c.missing]
    s5 = [c.name for c in every if c.name.startswith("s5cmd") and not c.missing]
    out = ["## Goals of issue 21", "",
           "Up to 64 MiB: ours at most half the AWS CLI's wall time (a ratio of at most 0.50). From 1 GiB: at most "
           "s5cmd's wall time and CPU-seconds (ratios of at most 1.00), and a peak RSS under 256 MiB at 4 GiB.", "",
           "| operation | size | ours | against | wall ratio | CPU ratio | peak RSS | met |", "|---|---|---|---|---|---|---|---|"]
    for op in OPS:
        for size in SIZES:
            small = size_bytes(size) <= 64 * MIB
            for mine in ours:
                wall, cpu, rss = (med(op, size, mine, i) for i in (4, 5, 6))
                if wall != wall:
                    continue
                for other in (clis if small else s5):
                    ow, oc = med(op, size, other, 4), med(op, size, other, 5)
                    if ow != ow or ow <= 0:
                        continue
                    wall_ratio, cpu_ratio = wall / ow, (cpu / oc if oc > 0 else float("inf"))
                    if small:
                        met = wall_ratio <= 0.5
                    else:
                        met = wall_ratio <= 1.0 and cpu_ratio <= 1.0 and (size_bytes(size) < 4096 * MIB or rss < 256)
                    out.append("| %s | %s | %s | %s | %.2f | %.2f | %.0f MiB | %s |" % (
                        op, size, mine.replace("ours, bin/aws-recipes on ", ""), other.split(" (")[0], wall_ratio,
                        cpu_ratio, rss, "yes" if met else "no"))
    return out + [""]


def chart(csv_path, ours):
    """One PNG per operation (benchmarks' RatioChart); the operations charted, none if Java fails."""
    done = subprocess.run(["java", "-cp", BENCH_JAR, "dev.awsrecipes.benchmarks.transfer.RatioChart", csv_path,
                           DOCS, NAME, ours], capture_output=True, text=True)
    if done.returncode != 0:
        print("no chart: " + done.stderr.strip()[:300], file=sys.stderr)
        return set()
    return {line.rsplit("-", 1)[1][:-4] for line in done.stdout.split() if line.endswith(".png")}


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def java_version(java="java"):
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0].split('"')[1] if out and '"' in out[0] else "?"


def java_versions():
    """The JDKs ours ran on: java on PATH, and the second one when given."""
    versions = [java_version()]
    if JDK_SECOND and os.access(os.path.join(JDK_SECOND, "bin", "java"), os.X_OK):
        versions.append(java_version(os.path.join(JDK_SECOND, "bin", "java")))
    return " and ".join(versions)


if __name__ == "__main__":
    main()
