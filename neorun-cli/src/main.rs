//! The `neorun` command: runs WebAssembly components whose imports are served locally or by
//! remote peers, serves components' exports (or the in-memory key-value store), shows what a
//! component imports and exports, and decodes captured neopack messages and rpc frames.
//!
//! Every subcommand prints its errors as `error: ...` followed by their causes and exits with
//! status 1; usage errors exit with status 2. A stdout closed by its reader (`| head`) ends the
//! command quietly with status 0. Logs go to stderr, filtered by `RUST_LOG` (or
//! `-v`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod addr;
mod capture;
mod dump;
mod frame_text;
mod inspect;
mod invoke;
mod out;
mod run;
mod serve;
mod typed;
mod wit;

/// Exit status of a failed command (usage errors exit 2, through clap).
const FAILURE: u8 = 1;

/// Run WebAssembly components with imports served locally or by remote peers.
#[derive(Debug, Parser)]
#[command(name = "neorun", version, propagate_version = true)]
#[command(after_help = "\
Examples:
  neorun serve --kv --listen 127.0.0.1:4000
  neorun run client.wasm --link neorun:kv/store@0.1.0=tcp://127.0.0.1:4000 --invoke 'run(selftest, 0)'
  neorun inspect client.wasm
  neorun dump --hex frame.hex

Logs: set RUST_LOG (for example RUST_LOG=neorun=debug) or pass -v / -vv.")]
struct Cli {
    /// More log output on stderr: -v for info, -vv for debug, -vvv for trace (RUST_LOG wins).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a component: WASI in this process, other imports linked with --link.
    Run(run::RunArgs),
    /// Serve a component's exported interfaces, or the in-memory key-value store.
    Serve(serve::ServeArgs),
    /// Show a component's imports and exports with their fingerprints.
    Inspect(inspect::InspectArgs),
    /// Decode a neopack message or rpc frames (from a file or stdin).
    Dump(dump::DumpArgs),
}

fn init_logging(verbose: u8) {
    use tracing_subscriber::EnvFilter;
    let default = match verbose {
        0 => "warn",
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    // A second subscriber cannot be installed; nothing else installs one.
    let _ =
        tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

/// Writes `error: ...` and each distinct cause to stderr.
fn report(err: &anyhow::Error) {
    eprintln!("error: {err}");
    let mut last = err.to_string();
    for cause in err.chain().skip(1) {
        let text = cause.to_string();
        // Many errors already end with their cause's text; do not repeat it.
        if !last.ends_with(&text) {
            eprintln!("  caused by: {text}");
        }
        last = text;
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.verbose);
    let outcome = match cli.command {
        Command::Run(args) => runtime().and_then(|rt| rt.block_on(run::run(args, cli.verbose))),
        Command::Serve(args) => runtime().and_then(|rt| rt.block_on(serve::serve(args))),
        Command::Inspect(args) => inspect::inspect(&args).map(|()| ExitCode::SUCCESS),
        Command::Dump(args) => dump::dump(&args).map(|()| ExitCode::SUCCESS),
    };
    match outcome {
        Ok(code) => code,
        // `neorun inspect x.wasm | head`: the reader has what it wanted.
        Err(err) if out::is_closed(&err) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err);
            ExitCode::from(FAILURE)
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}

/// Reads and compiles a component (binary or WAT text).
fn load_component(
    engine: &wasmtime::Engine,
    path: &std::path::Path,
) -> anyhow::Result<wasmtime::component::Component> {
    use anyhow::Context as _;
    let bytes = std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))?;
    wasmtime::component::Component::new(engine, &bytes)
        .map_err(|e| anyhow::anyhow!("`{}` is not a valid component: {e:#}", path.display()))
}

/// The engine every subcommand uses (neorun's configuration).
fn engine() -> anyhow::Result<wasmtime::Engine> {
    neorun::host::engine().map_err(|e| anyhow::anyhow!("cannot create the engine: {e:#}"))
}
