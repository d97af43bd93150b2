#!/usr/bin/env python3
"""Many objects against versitygw (issue 19): a tree of 2,000 files of 4 KiB up, the prefix back down, a
re-sync with nothing changed, a sync after 1% of the files changed, and rm of a prefix of 2,000 objects;
then a mixed tree of 1,000 files from 1 KiB to 64 MiB up and down. Contenders: ours (bin/aws-recipes
`cp --recursive`, `sync`, `rm --recursive`; `upload-tree` for "up" while `cp` is missing), s5cmd, the AWS CLI
(`aws s3 cp --recursive`, `sync`, `rm --recursive`) and rclone (`copy`, `sync`, `delete`).

As in bench_versitygw.py: every contender runs as a process of its own under GNU time (wall seconds, client
CPU-seconds, peak RSS), contenders take turns in every round, each figure is the median of the runs, and
ratios compare each contender with ours in the same run. What a run needs that is not being measured (the
objects an rm deletes, the first sync that a re-sync repeats) is made untimed, by s5cmd when it is built,
else by the AWS CLI. Downloads are checked (file count and bytes), uploads and rm by listing the prefix.

Run through scripts/bench-versitygw with BENCH_MANY=1. Knobs: BENCH_RUNS (3), BENCH_MANY_CONCURRENCY (32:
files in flight for every contender), BENCH_MANY_TABLES (small,mixed), BENCH_MANY_MIXED_FILES (1000),
BENCH_CONTENDERS (ours,s5cmd,AWS,rclone). Writes docs/benchmarks/versitygw-many.md and .csv.
"""
import csv
import datetime
import os
import random
import signal
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_versitygw as base  # noqa: E402  (the shared environment, GNU time wrapper and machine facts)

KIB, MIB = 1024, 1024 * 1024
ENDPOINT, ROOT, RUNS, DOCS = base.ENDPOINT, base.ROOT, base.RUNS, base.DOCS
CONC = int(os.environ.get("BENCH_MANY_CONCURRENCY", "32"))
TABLES = [s.strip() for s in os.environ.get("BENCH_MANY_TABLES", "small,mixed").split(",") if s.strip()]
MIXED_FILES = int(os.environ.get("BENCH_MANY_MIXED_FILES", "1000"))
SMALL_FILES, SMALL_SIZE = 2000, 4 * KIB
CHANGED = SMALL_FILES // 100
LAUNCHER = base.LAUNCHER
NAME = "versitygw-many"

SMALL_OPS = ["up", "down", "re-sync, nothing changed", "sync, 1% changed", "rm"]
MIXED_OPS = ["up", "down"]


class NotRun(Exception):
    """This contender has no command for the operation; the row says why."""


def ours_commands():
    """Which of ours exist, and whether each takes --concurrency: {name: help text} of those that do."""
    found = {}
    for name in ("cp", "sync", "rm"):
        done = subprocess.run([LAUNCHER, name, "--help"], capture_output=True, text=True, env=base.keys_env())
        # An unknown command still gets the top-level help (and exit 0): the command's own usage line tells.
        if done.returncode == 0 and ("Usage: aws-recipes %s " % name) in done.stdout:
            found[name] = done.stdout
    return found


class Ours:
    name = "ours, bin/aws-recipes"

    def __init__(self):
        self.commands = ours_commands()
        self.env = base.keys_env()
        self.missing = None if os.access(LAUNCHER, os.X_OK) else "bin/aws-recipes missing"
        self.settings = ("cp/sync/rm; --concurrency %d where the command takes it" % CONC if "cp" in self.commands
                         else "upload-tree --concurrency %d for up (cp --recursive is missing)" % min(CONC, 32))

    def _run(self, name, args):
        if name not in self.commands:
            raise NotRun("not run: command missing (`%s`)" % name)
        extra = ["--concurrency", str(CONC)] if "--concurrency" in self.commands[name] else []
        return [LAUNCHER, name, "--endpoint-url", ENDPOINT] + extra + args

    def up(self, src, bucket, prefix):
        if "cp" in self.commands:
            return self._run("cp", ["--recursive", src + "/", "s3://%s/%s" % (bucket, prefix)])
        return [LAUNCHER, "upload-tree", "--endpoint-url", ENDPOINT, "--bucket", bucket, "--prefix", prefix,
                "--concurrency", str(min(CONC, 32)), src]

    def down(self, bucket, prefix, dst):
        return self._run("cp", ["--recursive", "s3://%s/%s" % (bucket, prefix), dst + "/"])

    def sync(self, src, bucket, prefix):
        return self._run("sync", [src + "/", "s3://%s/%s" % (bucket, prefix)])

    def rm(self, bucket, prefix):
        return self._run("rm", ["--recursive", "s3://%s/%s" % (bucket, prefix)])


class S5cmd:
    name = "s5cmd 2.3.0"

    def __init__(self):
        self.bin = base.S5CMD if base.S5CMD and os.access(base.S5CMD, os.X_OK) else None
        self.env = base.keys_env()
        self.missing = None if self.bin else "s5cmd not built (BENCH_S5CMD)"
        self.settings = "--numworkers %d" % CONC

    def _s5(self, *args):
        return [self.bin, "--endpoint-url", ENDPOINT, "--numworkers", str(CONC)] + list(args)

    def up(self, src, bucket, prefix):
        return self._s5("cp", src + "/", "s3://%s/%s" % (bucket, prefix))

    def down(self, bucket, prefix, dst):
        return self._s5("cp", "s3://%s/%s*" % (bucket, prefix), dst + "/")

    def sync(self, src, bucket, prefix):
        return self._s5("sync", src + "/", "s3://%s/%s" % (bucket, prefix))

    def rm(self, bucket, prefix):
        return self._s5("rm", "s3://%s/%s*" % (bucket, prefix))


class AwsCli:
    name = "AWS CLI 1.x (aws s3)"

    def __init__(self, work):
        self.env = base.aws_cli_env(work)
        # aws_cli_env's config sets max_concurrent_requests to the single-object benchmark's concurrency.
        with open(self.env["AWS_CONFIG_FILE"], "w") as f:
            f.write("[default]\nregion = %s\ns3 =\n  max_concurrent_requests = %d\n  multipart_chunksize = 8MB\n"
                    "  multipart_threshold = 8MB\n  addressing_style = path\n" % (base.REGION, CONC))
        self.missing = None if shutil.which("aws") else "aws not installed"
        self.settings = "max_concurrent_requests %d, 8 MB parts" % CONC

    def _aws(self, *args):
        return ["aws", "--endpoint-url", ENDPOINT, "--only-show-errors", "s3"] + list(args)

    def up(self, src, bucket, prefix):
        return self._aws("cp", "--recursive", src, "s3://%s/%s" % (bucket, prefix))

    def down(self, bucket, prefix, dst):
        return self._aws("cp", "--recursive", "s3://%s/%s" % (bucket, prefix), dst)

    def sync(self, src, bucket, prefix):
        return self._aws("sync", src, "s3://%s/%s" % (bucket, prefix))

    def rm(self, bucket, prefix):
        return self._aws("rm", "--recursive", "s3://%s/%s" % (bucket, prefix))


class Rclone:
    name = "rclone (Debian)"

    def __init__(self):
        self.env = base.rclone_env()
        self.missing = None if shutil.which("rclone") else "rclone not installed"
        self.settings = "--transfers %d --checkers %d, 8 MiB parts above 8 MiB" % (CONC, CONC)

    def _rc(self, *args):
        return ["rclone"] + list(args) + ["--transfers", str(CONC), "--checkers", str(CONC), "--s3-upload-cutoff",
                                          "8Mi", "--s3-chunk-size", "8Mi", "--s3-upload-concurrency", "4"]

    def up(self, src, bucket, prefix):
        return self._rc("copy", src, "vg:%s/%s" % (bucket, prefix.rstrip("/")))

    def down(self, bucket, prefix, dst):
        return self._rc("copy", "vg:%s/%s" % (bucket, prefix.rstrip("/")), dst)

    def sync(self, src, bucket, prefix):
        return self._rc("sync", src, "vg:%s/%s" % (bucket, prefix.rstrip("/")))

    def rm(self, bucket, prefix):
        return self._rc("delete", "vg:%s/%s" % (bucket, prefix.rstrip("/")))


def contenders(work):
    all_ = [Ours(), S5cmd(), AwsCli(work), Rclone()]
    only = base.ONLY
    return [c for c in all_ if not only or c.name.split(",")[0].split(" ")[0] in only or c.name in only]


class Helper:
    """Untimed set-up and checks, by s5cmd when built (fast), else by the AWS CLI."""

    def __init__(self, work):
        self.s5 = S5cmd()
        self.aws = AwsCli(work)

    def _run(self, argv, env):
        subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def put_tree(self, src, bucket, prefix):
        if self.s5.bin:
            self._run(self.s5.up(src, bucket, prefix), self.s5.env)
        else:
            self._run(self.aws.up(src, bucket, prefix), self.aws.env)

    def remove(self, bucket, prefix):
        if self.count(bucket, prefix) == 0:
            return
        if self.s5.bin:
            self._run(self.s5.rm(bucket, prefix), self.s5.env)
        else:
            self._run(self.aws.rm(bucket, prefix), self.aws.env)

    def count(self, bucket, prefix):
        done = subprocess.run(["aws", "--endpoint-url", ENDPOINT, "s3api", "list-objects-v2", "--bucket", bucket,
                               "--prefix", prefix, "--query", "length(Contents || `[]`)", "--output", "text"],
                              env=self.aws.env, capture_output=True, text=True, check=True)
        # One number per page of 1,000 keys.
        return sum(int(n) for n in done.stdout.split() if n.isdigit())


def write_tree(root, sizes, seed):
    """Files of the given sizes under 20 folders (100 per folder for the small tree), random bytes."""
    rnd = random.Random(seed)
    for i, size in enumerate(sizes):
        folder = os.path.join(root, "d%02d" % (i % 20))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "f%05d.bin" % i), "wb") as f:
            left = size
            while left > 0:
                chunk = min(left, 8 * MIB)
                f.write(rnd.randbytes(chunk))
                left -= chunk


def mixed_sizes(n):
    """n sizes from 1 KiB to 64 MiB, both ends included, most of them small (as real trees are): 90% from 1 KiB
    to 1 MiB, 9% from 1 to 16 MiB, 1% from 16 to 64 MiB, log-uniform within each band; about 1 GiB for 1,000."""
    rnd = random.Random(19)
    sizes = [KIB, 64 * MIB]
    bands = [(0.90, KIB, MIB), (0.09, MIB, 16 * MIB), (0.01, 16 * MIB, 64 * MIB)]
    for share, low, high in bands:
        for _ in range(round(share * n) - (1 if low == KIB or high == 64 * MIB else 0)):
            sizes.append(int(low * (high / low) ** rnd.random()))
    sizes = sizes[:n]
    while len(sizes) < n:
        sizes.append(KIB)
    return sizes


def tree_stats(root):
    count = total = 0
    for folder, _, files in os.walk(root):
        for name in files:
            count += 1
            total += os.path.getsize(os.path.join(folder, name))
    return count, total


def main():
    # Stopped with kill: still remove the bucket and the trees (finally), as after Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.makedirs(DOCS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="aws-recipes-bench-many-", dir=base.TMP)
    bucket = "bench-many-%d" % os.getpid()
    base.s3(["create-bucket", "--bucket", bucket], base.keys_env())
    started = datetime.datetime.now(datetime.timezone.utc)
    load_start = os.getloadavg()
    rows = []  # (table, op, contender, run, wall, cpu, rss, error)
    every = contenders(work)
    active = [c for c in every if c.missing is None]
    helper = Helper(work)

    def measure(table, op, c, run, argv_of, prepare=None, check=None):
        error = ""
        wall = cpu = rss = float("nan")
        try:
            argv = argv_of()
            if prepare:
                prepare()
            wall, cpu, rss = base.timed(argv, c.env)
            if check:
                error = check() or ""
        except NotRun as e:
            error = str(e)
        except Exception as e:  # one contender failing never stops the others
            error = str(e).replace("\n", " ")[:300]
        rows.append((table, op, c.name, run + 1, wall, cpu, rss, error))
        print("%s %-26s %-28s run %d: %.2f s, %.2f CPU-s, %.0f MiB %s" % (
            table, op, c.name, run + 1, wall, cpu, rss, error), file=sys.stderr, flush=True)

    def rounds():
        for run in range(RUNS):
            yield run, active[run % len(active):] + active[: run % len(active)]

    def expect_count(prefix, n):
        return lambda: None if helper.count(bucket, prefix) == n else "%s holds %d objects, not %d" % (
            prefix, helper.count(bucket, prefix), n)

    def expect_tree(dst, n, total):
        def check():
            got = tree_stats(dst)
            shutil.rmtree(dst, ignore_errors=True)
            return None if got == (n, total) else "downloaded %d files, %d bytes; expected %d, %d" % (
                got[0], got[1], n, total)
        return check

    try:
        if "small" in TABLES:
            small = os.path.join(work, "small")
            write_tree(small, [SMALL_SIZE] * SMALL_FILES, 4)
            helper.put_tree(small, bucket, "seed-small/")
            for run, order in rounds():
                for c in order:
                    i = every.index(c)
                    prefix = "up-small-%d-%d/" % (i, run)
                    measure("small", "up", c, run, lambda: c.up(small, bucket, prefix),
                            check=expect_count(prefix, SMALL_FILES))
                    dst = os.path.join(work, "down-%d" % i)
                    measure("small", "down", c, run, lambda: c.down(bucket, "seed-small/", dst),
                            prepare=lambda: os.makedirs(dst, exist_ok=True),
                            check=expect_tree(dst, SMALL_FILES, SMALL_FILES * SMALL_SIZE))
            # Sync: each contender syncs its own copy of the tree to its own prefix, which its first sync
            # (untimed) filled, so what a re-sync compares is what that tool itself stored (rclone keeps the
            # files' modification times in metadata, the others compare with LastModified).
            sources = {}
            for c in active:
                i = every.index(c)
                src = os.path.join(work, "sync-src-%d" % i)
                shutil.copytree(small, src)
                sources[c.name] = src
                try:
                    subprocess.run(c.sync(src, bucket, "sync-%d/" % i), env=c.env, check=True,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                except NotRun:
                    pass
            for run, order in rounds():
                for c in order:
                    i = every.index(c)
                    measure("small", "re-sync, nothing changed", c, run,
                            lambda: c.sync(sources[c.name], bucket, "sync-%d/" % i))
            for run, order in rounds():
                for c in order:
                    i = every.index(c)
                    src = sources[c.name]

                    def change(src=src, run=run):
                        files = sorted(os.path.join(d, f) for d, _, fs in os.walk(src) for f in fs)
                        for path in files[run * CHANGED:(run + 1) * CHANGED]:
                            with open(path, "wb") as f:
                                f.write(os.urandom(SMALL_SIZE))
                        # LastModified has whole seconds: an upload in the second the files were written would
                        # look older than them, and the next round would send them again.
                        time.sleep(1.1)
                    measure("small", "sync, 1% changed", c, run, lambda: c.sync(src, bucket, "sync-%d/" % i),
                            prepare=change)
            for run, order in rounds():
                for c in order:
                    i = every.index(c)
                    prefix = "rm-%d-%d/" % (i, run)
                    measure("small", "rm", c, run, lambda: c.rm(bucket, prefix),
                            prepare=lambda: helper.put_tree(small, bucket, prefix), check=expect_count(prefix, 0))
            shutil.rmtree(small, ignore_errors=True)
            for src in sources.values():
                shutil.rmtree(src, ignore_errors=True)
        if "mixed" in TABLES:
            mixed = os.path.join(work, "mixed")
            sizes = mixed_sizes(MIXED_FILES)
            write_tree(mixed, sizes, 64)
            helper.put_tree(mixed, bucket, "seed-mixed/")
            for run, order in rounds():
                for c in order:
                    i = every.index(c)
                    prefix = "up-mixed-%d-%d/" % (i, run)
                    count = expect_count(prefix, len(sizes))

                    def check(prefix=prefix, count=count):
                        error = count()
                        helper.remove(bucket, prefix)  # keeps the server's disk to one copy per contender
                        return error
                    measure("mixed", "up", c, run, lambda: c.up(mixed, bucket, prefix), check=check)
                    dst = os.path.join(work, "down-mixed-%d" % i)
                    measure("mixed", "down", c, run, lambda: c.down(bucket, "seed-mixed/", dst),
                            prepare=lambda: os.makedirs(dst, exist_ok=True),
                            check=expect_tree(dst, len(sizes), sum(sizes)))
            shutil.rmtree(mixed, ignore_errors=True)
    finally:
        helper.remove(bucket, "")
        base.s3(["delete-bucket", "--bucket", bucket], base.keys_env())
        shutil.rmtree(work, ignore_errors=True)
    write(rows, every, started, load_start, os.getloadavg(), mixed_sizes(MIXED_FILES))


def write(rows, every, started, load_start, load_end, sizes):
    with open(os.path.join(DOCS, NAME + ".csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["table", "operation", "contender", "run", "wall_s", "cpu_s", "peak_rss_mib", "error"])
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[3], "%.3f" % r[4], "%.3f" % r[5], "%.1f" % r[6], r[7]])
    shared = os.environ.get("BENCH_SHARED_NOTE", "")
    lines = ["# Many objects against versitygw", "",
             "Measured %s by `BENCH_MANY=1 scripts/bench-versitygw` on %s (%d cores), JDK %s, versitygw (posix "
             "backend) on loopback at %s. Load average %.1f at the start and %.1f at the end (the benchmark's own "
             "processes included); contenders took turns in every round, so the ratios are fairer than the "
             "absolute times.%s"
             % (started.strftime("%Y-%m-%d %H:%M UTC"), base.cpu_model(), os.cpu_count(), base.java_version(),
                ENDPOINT, load_start[0], load_end[0], (" " + shared) if shared else ""), "",
             "Each cell: median of %d runs of wall seconds / client CPU-seconds (user + system) / peak RSS MiB, "
             "from GNU time around the whole process (JVM start included). Ratio: wall and CPU of the contender "
             "relative to ours in the same run (above 1 = slower than ours). Goal (issue 19): ours at most s5cmd's "
             "wall time and at most half the AWS CLI's. Where it is missed, many-objects-profile.md says where the "
             "time goes." % RUNS, ""]
    tables = [("small", "2,000 files of 4 KiB (8 MiB)", SMALL_OPS),
              ("mixed", "%d files from 1 KiB to 64 MiB (%.0f MiB)" % (len(sizes), sum(sizes) / MIB), MIXED_OPS)]
    ours = every[0].name
    for table, title, ops in tables:
        if not any(r[0] == table for r in rows):
            continue
        lines += ["## %s" % title, "", "| operation | contender | wall / CPU / RSS | ratio wall, CPU | goal |",
                  "|---|---|---|---|---|"]
        for op in ops:
            medians = {}
            for c in every:
                mine = [r for r in rows if r[0] == table and r[1] == op and r[2] == c.name]
                ok = [r for r in mine if not r[7]]
                if ok:
                    medians[c.name] = tuple(base.median([r[k] for r in ok]) for k in (4, 5, 6))
            for c in every:
                mine = [r for r in rows if r[0] == table and r[1] == op and r[2] == c.name]
                if not mine:
                    continue
                errors = [r[7] for r in mine if r[7]]
                if c.name not in medians:
                    lines.append("| %s | %s | %s | — | |" % (op, c.name, errors[0][:120]))
                    continue
                wall, cpu, rss = medians[c.name]
                cell = "%.2f s / %.2f / %.0f" % (wall, cpu, rss)
                if errors:
                    cell += " (%d of %d failed: %s)" % (len(errors), len(mine), errors[0][:80])
                ratio = "—"
                if ours in medians and medians[ours][0] > 0 and medians[ours][1] > 0:
                    ratio = "%.2f×, %.2f×" % (wall / medians[ours][0], cpu / medians[ours][1])
                goal = ""
                if c.name == ours:
                    s5 = next((v for k, v in medians.items() if k.startswith("s5cmd")), None)
                    aws = next((v for k, v in medians.items() if k.startswith("AWS")), None)
                    verdict = []
                    if s5:
                        verdict.append("%s s5cmd" % ("≤" if wall <= s5[0] else ">"))
                    if aws:
                        verdict.append("%s ½ AWS CLI" % ("≤" if wall <= aws[0] / 2 else ">"))
                    goal = ", ".join(verdict)
                lines.append("| %s | %s | %s | %s | %s |" % (op, c.name, cell, ratio, goal))
        lines.append("")
    lines += ["Operations: up = the tree to a new prefix; down = a prefix (stored once, untimed) into an empty "
              "directory, checked by file count and bytes; re-sync = the same tree to a prefix the tool's own first "
              "sync filled; 1%% changed = %d files rewritten (same size, new bytes and modification time) before each "
              "sync; rm = a prefix of 2,000 objects (stored untimed before each run) deleted, checked by listing." % CHANGED,
              "", "Settings: " + "; ".join("%s: %s" % (c.name, c.settings) for c in every), ""]
    missing = [c for c in every if c.missing]
    if missing:
        lines += ["Not run: " + "; ".join("%s (%s)" % (c.name, c.missing) for c in missing), ""]
    with open(os.path.join(DOCS, NAME + ".md"), "w") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
