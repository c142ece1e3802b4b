//! Builds the guest components in `tests/guests` for `wasm32-wasip2` and tells the library where
//! they are (`NEORUN_GUEST_<NAME>`, read by `src/lib.rs`).
//!
//! The guests form a cargo workspace of their own, built by a nested cargo into
//! `target/guests`: the outer cargo holds the lock on its own target directory.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The target the guests are built for; its output is already a component.
const TARGET: &str = "wasm32-wasip2";

/// The guest crates: package name and the variable that carries the path of its component.
const GUESTS: [(&str, &str); 4] = [
    ("kv-client", "NEORUN_GUEST_KV_CLIENT"),
    ("kv-provider", "NEORUN_GUEST_KV_PROVIDER"),
    ("sink-client", "NEORUN_GUEST_SINK_CLIENT"),
    ("sink-provider", "NEORUN_GUEST_SINK_PROVIDER"),
];

fn main() {
    let root = PathBuf::from(
        env::var_os("CARGO_MANIFEST_DIR")
            .unwrap_or_else(|| fail("CARGO_MANIFEST_DIR is not set", None)),
    );
    let guests = root.join("tests/guests");
    for path in ["Cargo.toml", "Cargo.lock", "wit"] {
        rerun_if_changed(&guests.join(path));
    }
    for (name, _) in GUESTS {
        rerun_if_changed(&guests.join(name).join("Cargo.toml"));
        rerun_if_changed(&guests.join(name).join("src"));
    }
    rerun_if_changed(&root.join("neorun/wit"));

    check_target_installed();

    let target_dir = root.join("target/guests");
    let cargo = env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo"));
    let mut command = Command::new(cargo);
    command
        .args(["build", "--release", "--target", TARGET, "--manifest-path"])
        .arg(guests.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(&target_dir)
        .current_dir(&root);
    strip_host_settings(&mut command);
    let output = command
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run cargo for the guests: {e}"), None));
    if !output.status.success() {
        fail(&format!("building the guest components failed ({})", output.status), Some(&output));
    }

    let release = target_dir.join(TARGET).join("release");
    for (name, var) in GUESTS {
        let wasm = release.join(format!("{}.wasm", name.replace('-', "_")));
        if !wasm.is_file() {
            fail(&format!("the guest build did not produce {}", wasm.display()), Some(&output));
        }
        println!("cargo:rustc-env={var}={}", wasm.display());
    }
}

fn rerun_if_changed(path: &Path) {
    println!("cargo:rerun-if-changed={}", path.display());
}

/// Removes the variables through which the outer build's host settings (flags, target,
/// target directory, profile overrides, clippy as a wrapper) would leak into the wasm build.
fn strip_host_settings(command: &mut Command) {
    for (key, _) in env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        let leaks = matches!(
            key,
            "CARGO_ENCODED_RUSTFLAGS"
                | "RUSTFLAGS"
                | "CARGO_ENCODED_RUSTDOCFLAGS"
                | "RUSTDOCFLAGS"
                | "CARGO_TARGET_DIR"
                | "RUSTC_WORKSPACE_WRAPPER"
                | "CARGO_PRIMARY_PACKAGE"
        ) || key.starts_with("CARGO_BUILD_")
            || key.starts_with("CARGO_TARGET_")
            || key.starts_with("CARGO_PROFILE_");
        if leaks {
            command.env_remove(key);
        }
    }
}

/// Fails with instructions when the standard library for [`TARGET`] is not installed.
fn check_target_installed() {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| OsString::from("rustc"));
    let output = Command::new(&rustc)
        .args(["--print", "target-libdir", "--target", TARGET])
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run {}: {e}", rustc.to_string_lossy()), None));
    let libdir = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    if !output.status.success() || !libdir.is_dir() {
        fail(
            &format!(
                "the {TARGET} target is not installed: run `rustup toolchain install` in the \
                 workspace root (rust-toolchain.toml lists the target), then build again"
            ),
            Some(&output),
        );
    }
}

/// Reports `message` (and the output of a failed command) as warnings and stops the build.
fn fail(message: &str, output: Option<&Output>) -> ! {
    if let Some(output) = output {
        let text =
            String::from_utf8_lossy(&output.stderr) + String::from_utf8_lossy(&output.stdout);
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            println!("cargo:warning={line}");
        }
    }
    println!("cargo:warning={message}");
    eprintln!("error: {message}");
    std::process::exit(1);
}
