#!/usr/bin/env python3
"""Start-up, before and after: two checkouts' bin/aws-recipes (each built with `mvn -B -q -DskipTests package`,
each with its start-up archive made for every JDK: `JAVA_HOME=... AWS_RECIPES_PREPARE=1 bin/aws-recipes`), run in
turns on each JDK for `--version` and a 1 KiB upload and download to versitygw (`scripts/versitygw start`), medians
of N rounds of wall seconds and CPU-seconds (user + system) from GNU time. Prints a Markdown table.

    python3 benchmarks/versitygw/startup_ab.py BEFORE_DIR AFTER_DIR [N]

JDKs: BENCH_JDKS="17=/usr/lib/jvm/java-17-openjdk-amd64,25=/usr/lib/jvm/temurin-25-jdk-amd64" (the default)."""
import os, statistics, subprocess, sys, tempfile
before, after = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 7
endpoint = "http://127.0.0.1:7070"
env = dict(os.environ, AWS_ACCESS_KEY_ID="aws-recipes", AWS_SECRET_ACCESS_KEY="aws-recipes-secret", AWS_REGION="us-east-1")
env.pop("AWS_CA_BUNDLE", None)
jdks = dict(pair.split("=", 1) for pair in os.environ.get(
    "BENCH_JDKS", "17=/usr/lib/jvm/java-17-openjdk-amd64,25=/usr/lib/jvm/temurin-25-jdk-amd64").split(","))
work = tempfile.mkdtemp()
small = os.path.join(work, "small"); open(small, "wb").write(os.urandom(1024))
subprocess.run(["/usr/bin/aws", "--endpoint-url", endpoint, "s3", "mb", "s3://startup-ab"], env=env, capture_output=True)
cmds = {"--version": ["--version"],
        "upload 1 KiB": ["upload", "--endpoint-url", endpoint, "--bucket", "startup-ab", "--key", "k", small],
        "download 1 KiB": ["download", "--endpoint-url", endpoint, "--bucket", "startup-ab", "--key", "k", "--overwrite", os.path.join(work, "back")]}
res = {}
for i in range(n):
    for cname, args in cmds.items():
        for jdk, home in jdks.items():
            for label, root in (("before", before), ("after", after)):
                out = os.path.join(work, "t")
                p = subprocess.run(["/usr/bin/time", "-o", out, "-f", "%e %U %S", os.path.join(root, "bin/aws-recipes")] + args,
                                   env=dict(env, JAVA_HOME=home), capture_output=True)
                if p.returncode != 0:
                    print("FAILED", label, jdk, cname, p.stderr.decode()[-300:]); continue
                w, u, s = map(float, open(out).read().split()[-3:])
                res.setdefault((cname, jdk, label), []).append((w, u + s))
print("| command | JDK | before: wall / CPU | after: wall / CPU | CPU saved |")
print("|---|---|---|---|---|")
for cname in cmds:
    for jdk in jdks:
        b = res.get((cname, jdk, "before"), []); a = res.get((cname, jdk, "after"), [])
        if not b or not a: continue
        bw, bc = statistics.median(x[0] for x in b), statistics.median(x[1] for x in b)
        aw, ac = statistics.median(x[0] for x in a), statistics.median(x[1] for x in a)
        print("| %s | %s | %.2f s / %.2f | %.2f s / %.2f | %.0f%% |" % (cname, jdk, bw, bc, aw, ac, 100 * (bc - ac) / bc))
print("load average at the end: %.1f" % os.getloadavg()[0])
