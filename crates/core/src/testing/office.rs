//! LibreOffice as a real reader in tests: convert a DOCX, XLSX or CSV headless and look at
//! what LibreOffice made of it. `scripts/install-deps.sh test` installs it
//! (`libreoffice-writer-nogui`, `libreoffice-calc-nogui`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one conversion may take before it counts as hung (the first start of LibreOffice
/// takes 5–10 s on the build machines).
const TIMEOUT: Duration = Duration::from_secs(180);

/// The file `<stem>-<sheet>.<extension>` in `dir` that LibreOffice writes when a CSV filter
/// names one sheet of a workbook.
fn sheet_file(dir: &Path, stem: &str, extension: &str) -> Option<PathBuf> {
    let prefix = format!("{stem}-");
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension().is_some_and(|e| e == extension)
                && path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(&prefix))
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

/// Converts `input` with LibreOffice headless to the format `to` (`"pdf"`, `"csv"`, `"xlsx"`,
/// `"docx"`, or a filter such as `"csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1"`)
/// in `outdir`, with a LibreOffice profile of its own inside `outdir` so parallel tests do not
/// block on one profile. Returns the converted file, or what went wrong (LibreOffice missing,
/// failed, hung, or wrote nothing).
pub fn convert(input: &Path, to: &str, outdir: &Path) -> Result<PathBuf, String> {
    let profile = outdir.join("lo-profile");
    std::fs::create_dir_all(&profile).map_err(|e| format!("{}: {e}", profile.display()))?;
    let profile_url = format!("file://{}", profile.display());
    let mut child = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile_url}"))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(outdir)
        .arg(input)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            format!("cannot start soffice ({e}): run scripts/install-deps.sh test to install LibreOffice")
        })?;
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                return Err(format!("soffice hung converting {}", input.display()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(format!("soffice: {e}")),
        }
    };
    let output = child
        .wait_with_output()
        .map_err(|e| format!("soffice: {e}"))?;
    let extension = to.split(':').next().unwrap_or(to);
    let stem = input.file_stem().unwrap_or_default();
    let converted = outdir.join(stem).with_extension(extension);
    // A CSV filter that names one sheet writes `<stem>-<sheet>.csv` instead.
    let converted = if converted.is_file() {
        converted
    } else {
        sheet_file(outdir, &stem.to_string_lossy(), extension).unwrap_or(converted)
    };
    if !status.success() || !converted.is_file() {
        return Err(format!(
            "soffice could not convert {} to {to} ({status}): {}{}",
            input.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(converted)
}
