//! A crash while saving loses nothing: a child process saves the large project in a loop,
//! alternating two versions, and is killed (SIGKILL on Unix, TerminateProcess on Windows) at
//! random moments, 200 times. After every kill the project file and its `.bak` load and are
//! byte-equal to one of the two versions, never a mix or a part.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test stops at what it did not expect

use gevinst_core::io;
use gevinst_core::model::Project;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where the child saves; set only in the child.
const CHILD_ENV: &str = "GEVINST_KILL_TEST_FILE";
/// The folder with the two versions, serialized; set only in the child.
const SOURCE_ENV: &str = "GEVINST_KILL_TEST_SOURCE";
/// The child's name as a test, to run it alone.
const CHILD_TEST: &str = "child_saves_in_a_loop_until_killed";
const KILLS: usize = 200;
/// What the child prints when it starts saving.
const READY: &str = "gevinst-kill-test-ready";

/// The two versions: the large project, and the same with another agency name.
fn versions(a: Project) -> (Project, Project) {
    let mut b = a.clone();
    b.agency.name.push_str(" (ny utgave)");
    (a, b)
}

/// Run in the child process only: save the other version over the file, again and again, until
/// killed. Says [`READY`] once the first save is about to start. The versions come serialized
/// (`a.bin`, `b.bin` in the folder [`SOURCE_ENV`] names) so that every moment of the
/// loop is spent in [`io::save_bytes`], the part of [`io::save`] that touches the disk.
#[test]
#[ignore = "the child of `a_kill_at_any_moment_of_a_save_leaves_the_old_or_the_new_file`"]
fn child_saves_in_a_loop_until_killed() {
    let Some(path) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let source = PathBuf::from(std::env::var_os(SOURCE_ENV).unwrap());
    let a = std::fs::read(source.join("a.bin")).unwrap();
    let b = std::fs::read(source.join("b.bin")).unwrap();
    let mut next_is_b = std::fs::read(&path).unwrap() == a;
    // The harness may have written "test … … " on the same line.
    println!("{READY}");
    loop {
        io::save_bytes(if next_is_b { &b } else { &a }, &path).unwrap();
        next_is_b = !next_is_b;
    }
}

/// A small deterministic generator: the same delays every run.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// Remove the temporary files a killed save left (they never carry the real name); returns how
/// many there were.
fn sweep_temporaries(dir: &Path, keep: &[&Path]) -> usize {
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if keep.contains(&p.as_path()) {
            continue;
        }
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with(".gevinst-") && name.ends_with(".tmp"),
            "unexpected file {name}"
        );
        std::fs::remove_file(&p).unwrap();
        n += 1;
    }
    n
}

#[test]
fn a_kill_at_any_moment_of_a_save_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let source = tempfile::tempdir().unwrap();
    let path = dir.path().join("stor.gevinst.json");
    let bak = io::backup_path(&path);
    let (a, b) = versions(gevinst_core::example::large());
    let (a_bytes, b_bytes) = (io::to_bytes(&a), io::to_bytes(&b));
    // Both versions load; below, byte equality with one of them is checked.
    assert_eq!(io::load_bytes(&a_bytes, "a").unwrap().project, a);
    assert_eq!(io::load_bytes(&b_bytes, "b").unwrap().project, b);
    std::fs::write(source.path().join("a.bin"), &a_bytes).unwrap();
    std::fs::write(source.path().join("b.bin"), &b_bytes).unwrap();
    io::save(&a, &path).unwrap();
    let started = Instant::now();
    io::save_bytes(&b_bytes, &path).unwrap();
    // One save's time on disk (reading the old file, the backup and the new file), to spread
    // the kills over whole saves.
    let save_ms = u64::try_from(started.elapsed().as_millis()).unwrap().max(1);
    let mut rng = XorShift(0x5EED_0F6E_71A5);
    let mut temporaries = 0;
    let mut saw = [[false; 2]; 2];
    let exe = std::env::current_exe().unwrap();
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([CHILD_TEST, "--exact", "--ignored", "--nocapture"])
            .args(["--test-threads", "1"])
            .env(CHILD_ENV, &path)
            .env(SOURCE_ENV, source.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while !line.contains(READY) {
            line.clear();
            assert!(
                out.read_line(&mut line).unwrap() > 0,
                "the child ended early"
            );
        }
        let delay = rng.below(save_ms.saturating_add(save_ms / 4));
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();

        for (i, p) in [&path, &bak].into_iter().enumerate() {
            let bytes = std::fs::read(p).unwrap();
            let is_b = bytes == b_bytes;
            assert!(
                is_b || bytes == a_bytes,
                "round {round} (killed after {delay} ms): {} is neither version ({} bytes)",
                p.display(),
                bytes.len()
            );
            saw[i][usize::from(is_b)] = true;
        }
        temporaries += sweep_temporaries(dir.path(), &[&path, &bak]);
    }
    // The kills fell at different moments: both versions were seen in the file and the backup.
    assert_eq!(saw, [[true; 2]; 2], "one save takes {save_ms} ms");
    eprintln!(
        "{KILLS} kills, one save {save_ms} ms, {temporaries} temporary files left by killed saves, {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
