//! Build script of the `gevinst` program. For a Windows target it embeds the icon
//! (`assets/icon/gevinst.ico`) and the version resource (product name, version from Cargo,
//! description, company) in `gevinst.exe` with winresource, which runs mingw's `windres`
//! (`x86_64-w64-mingw32-windres` when cross-compiling). For every other target it does nothing.

use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon/gevinst.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let icon = Path::new(&dir)
        .join("assets")
        .join("icon")
        .join("gevinst.ico");
    let mut res = winresource::WindowsResource::new();
    res.set_icon(&icon.to_string_lossy())
        .set("ProductName", "Gevinst")
        .set(
            "FileDescription",
            "Gevinst – effektivisering og gevinstrealisering i årsrapporten",
        )
        .set("CompanyName", "Gevinst-prosjektet")
        .set("LegalCopyright", "© 2026 The Gevinst developers (MIT)")
        .set("OriginalFilename", "gevinst.exe")
        .set("InternalName", "gevinst")
        // Norwegian (bokmål), the program's default language.
        .set_language(0x0414);
    if let Err(e) = res.compile_for("gevinst") {
        println!("cargo:warning=could not embed the icon and version resource: {e}");
        std::process::exit(1);
    }
}
