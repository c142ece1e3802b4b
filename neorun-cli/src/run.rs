//! `neorun run`: links a component's imports (WASI here, the rest as `--link` says),
//! instantiates it, and runs `--invoke` or `wasi:cli/run`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, anyhow, bail};
use clap::Args;
use wasmtime::component::{Component, Val};
use wasmtime_wasi::{I32Exit, WasiCtxBuilder};

use neorun::kv::InMemoryKv;
use neorun::rpc::{ClientConfig, Connection};
use neorun::{Built, Host, InstanceBuilder, Link, LinkError, LinkPlan};

use crate::addr::{LinkSpec, Target};
use crate::capture::{self, Capture, CapturingConnector};
use crate::invoke::{self, Invocation};

/// How often a lost connection is retried before its calls fail.
const RECONNECT_ATTEMPTS: u32 = 3;

/// The deadline of each remote call unless `--deadline-ms` says otherwise.
const DEFAULT_DEADLINE_MS: u64 = 30_000;

/// Arguments of `neorun run`.
#[derive(Debug, Args)]
#[command(after_help = "\
WASI imports (wasi:*) are served in this process: the guest sees this process's stdin, stdout
and stderr and the ARGS after `--`, nothing else (no environment, files or network). Every other
import must be linked with --link, or the run fails naming it. Remote imports go through
dynamic stubs built from the component's own types; the handshake checks them against the
peer's before the guest starts.

TARGET is an endpoint, written as for serve's --listen: tcp://HOST:PORT or just HOST:PORT,
unix:///PATH, tls://HOST:PORT or quic://HOST:PORT; or local:kv, the in-memory key-value store
of this process.

The link plan (how each import is served) is printed to stderr; -q hides it.

--invoke takes a function call in WAVE syntax (the wasmtime CLI's value syntax):
  bool, integers, floats: true  -7  1.5  nan  inf  -inf
  char, string:           'x'  \"text with \\n and \\u{1F600}\"
  list, tuple:            [1, 2, 3]  (1, \"a\")
  record:                 {key: \"k\", value: [1, 2]}     (fields in any order)
  variant, enum:          error(\"why\")  selftest          (case name, payload in parens)
  option:                 some(1)  none                   (trailing options may be omitted)
  result:                 ok  ok(1)  err(\"e\")
  flags:                  {read, write}  {}
The result is printed on stdout in the same syntax, one line per result.

Examples:
  neorun run client.wasm --link neorun:kv/store@0.1.0=tcp://127.0.0.1:4000 --invoke 'run(selftest, 0)'
  neorun run client.wasm --link neorun:kv/store@0.1.0=unix:///tmp/kv.sock --invoke 'run(get, 10)'
  neorun run client.wasm --link neorun:kv/store@0.1.0=local:kv --invoke 'run(put, 3)'
  neorun run client.wasm --link neorun:kv/store@0.1.0=10.0.0.2:4000 \\
      --invoke 'neorun:kv/store@0.1.0#get(\"key\")'
  neorun run client.wasm --link neorun:kv/store@0.1.0=127.0.0.1:4000 --capture frames.bin \\
      --invoke 'run(noop, 1)'            (then: neorun dump --stream frames.bin)
  neorun run app.wasm -- --flag value      (runs wasi:cli/run with argv [app.wasm, --flag, value])")]
pub(crate) struct RunArgs {
    /// The component (binary `.wasm` or `.wat` text).
    component: PathBuf,

    /// Serve import IFACE from TARGET: tcp://HOST:PORT, HOST:PORT, unix:///PATH,
    /// tls://HOST:PORT, quic://HOST:PORT (the same syntax as serve's --listen), or local:kv
    /// (the in-memory key-value store of this process). Repeatable.
    #[arg(long = "link", value_name = "IFACE=TARGET")]
    links: Vec<LinkSpec>,

    /// Call this export instead of wasi:cli/run: `NAME(ARGS)` or `INTERFACE#NAME(ARGS)`, ARGS
    /// in WAVE syntax (see below).
    #[arg(long, value_name = "CALL")]
    invoke: Option<String>,

    /// The deadline of each remote call, in milliseconds: the peer is told and drops late work,
    /// and the guest traps with `deadline-exceeded`. 0 waits forever.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_DEADLINE_MS)]
    deadline_ms: u64,

    /// Record every frame sent and received on the --link connections in FILE, for
    /// `neorun dump --stream FILE` (format in `neorun dump --help`).
    #[arg(long, value_name = "FILE")]
    capture: Option<PathBuf>,

    /// Do not print the link plan.
    #[arg(short, long)]
    quiet: bool,

    /// Arguments for the guest's `wasi:cli/run` (its argv after the component's name).
    #[arg(last = true, value_name = "ARGS")]
    guest_args: Vec<String>,
}

/// Runs the command; the exit code is the guest's when it calls `exit`.
pub(crate) async fn run(args: RunArgs, verbose: u8) -> anyhow::Result<ExitCode> {
    let invocation = args.invoke.as_deref().map(Invocation::parse).transpose()?;
    let engine = crate::engine()?;
    let component = crate::load_component(&engine, &args.component)?;
    let (built, _connections) = link(&engine, &component, &args).await?;
    if verbose > 0 {
        eprint!("link plan:\n{}", built.plan);
    } else if !args.quiet {
        eprint!("link plan:\n{}", compact_plan(&built.plan));
    }
    match invocation {
        Some(inv) => invoke_export(built, &component, &engine, &inv).await,
        None => run_command(built, &component, &engine).await,
    }
}

/// Links every `--link` and instantiates. The connections must outlive the instance.
async fn link(
    engine: &wasmtime::Engine,
    component: &Component,
    args: &RunArgs,
) -> anyhow::Result<(Built, Vec<Connection>)> {
    let mut wasi = WasiCtxBuilder::new();
    wasi.inherit_stdio().arg(args.component.display().to_string()).args(&args.guest_args);
    let mut builder = InstanceBuilder::new(engine, component)
        .map_err(|e| anyhow!(e).context("cannot set up WASI"))?
        .with_host(Host::with_wasi(wasi.build()));
    let capture =
        args.capture.as_deref().map(|p| Capture::create(p, capture::Role::Client)).transpose()?;
    let mut connections = Vec::new();
    for spec in &args.links {
        let what = || format!("cannot link `{}`", spec.interface);
        if builder.plan().link(&spec.interface).is_none() {
            let e = LinkError::NotImported { interface: spec.interface.clone() };
            return Err(anyhow!("{e}{}", imports_hint(&builder))).with_context(what);
        }
        let outcome = match &spec.target {
            Target::LocalKv => builder.link_kv(InMemoryKv::new()).map(|_| ()),
            Target::Remote(endpoint) => {
                let deadline =
                    (args.deadline_ms > 0).then(|| Duration::from_millis(args.deadline_ms));
                let conn = connect(&endpoint.to_string(), deadline, capture.as_ref())
                    .await
                    .with_context(what)?;
                let r = builder.link_remote_dynamic(&spec.interface, &conn).await.map(|_| ());
                connections.push(conn);
                r
            }
        };
        if let Err(e) = outcome {
            let hint = match &e {
                LinkError::NotImported { .. } => imports_hint(&builder),
                _ => String::new(),
            };
            return Err(anyhow!("{e}{hint}")).with_context(what);
        }
    }
    let missing = builder.plan().missing();
    if !missing.is_empty() {
        let list: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        let first = missing[0];
        bail!(
            "unlinked import{} {}: serve {} with --link {first}=HOST:PORT (or unix:///PATH, \
             local:kv)\nlink plan:\n{}",
            if missing.len() > 1 { "s" } else { "" },
            list.join(", "),
            if missing.len() > 1 { "each" } else { "it" },
            compact_plan(builder.plan()).trim_end()
        );
    }
    let built =
        builder.instantiate().await.map_err(|e| anyhow!(e).context("cannot instantiate"))?;
    Ok((built, connections))
}

/// The plan with every import WASI serves folded into one line (`-v` shows them all).
fn compact_plan(plan: &LinkPlan) -> String {
    let wasi = plan.entries.iter().filter(|e| e.link == Link::Wasi).count();
    let mut rows: Vec<(String, String)> = plan
        .entries
        .iter()
        .filter(|e| wasi < 2 || e.link != Link::Wasi)
        .map(|e| (e.import.clone(), e.link.to_string()))
        .collect();
    if wasi >= 2 {
        rows.push((format!("wasi:* ({wasi} imports)"), Link::Wasi.to_string()));
    }
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    rows.iter().map(|(name, link)| format!("  {name:width$}  {link}\n")).collect()
}

/// `\nthe component imports: a, b` for an import name that does not exist.
fn imports_hint(builder: &InstanceBuilder) -> String {
    let names: Vec<&str> = builder
        .plan()
        .entries
        .iter()
        .map(|e| e.import.as_str())
        .filter(|n| !n.starts_with("wasi:"))
        .collect();
    if names.is_empty() {
        "\nthe component imports nothing but WASI".to_owned()
    } else {
        format!("\nthe component imports (besides WASI): {}", names.join(", "))
    }
}

/// Opens an rpc connection to `endpoint`; `deadline` is that of each call. With `capture`, its
/// frames (and those of its reconnections) are recorded.
async fn connect(
    endpoint: &str,
    deadline: Option<Duration>,
    capture: Option<&Capture>,
) -> anyhow::Result<Connection> {
    let mut connector = neorun::transport::connector(endpoint)?;
    if let Some(capture) = capture {
        connector = Box::new(CapturingConnector { inner: connector, capture: capture.clone() });
    }
    let mut config = ClientConfig::default();
    config.default_deadline = deadline;
    // A run gives up on a peer that is gone instead of waiting for it forever.
    config.reconnect.max_attempts = Some(RECONNECT_ATTEMPTS);
    // Every element of a message takes at least one byte, so counting them up to the frame size
    // bounds nothing the frame limit does not.
    config.limits.max_items = config.max_frame;
    Connection::connect(Arc::from(connector), config)
        .await
        .with_context(|| format!("cannot connect to {endpoint}"))
}

/// Maps a trap to an exit code when the guest called `exit`, else to an error.
fn trapped(err: wasmtime::Error, what: &str) -> anyhow::Result<ExitCode> {
    if let Some(exit) = err.downcast_ref::<I32Exit>() {
        return Ok(ExitCode::from(u8::try_from(exit.0).unwrap_or(1)));
    }
    Err(anyhow!("{err:#}").context(format!("{what} trapped")))
}

async fn invoke_export(
    mut built: Built,
    component: &Component,
    engine: &wasmtime::Engine,
    inv: &Invocation,
) -> anyhow::Result<ExitCode> {
    let Some(func) = inv.lookup(&mut built.store, &built.instance) else {
        let ledger = neorun::ledger::Ledger::new(engine, component);
        bail!(
            "the component exports no function `{}`\n{}",
            inv.name(),
            exports_list(&crate::inspect::callable_exports(&ledger))
        );
    };
    let args = inv.args(&built.store, &func)?;
    let results = match invoke::call(&mut built.store, &func, &args).await {
        Ok(r) => r,
        Err(e) => return trapped(e, &format!("`{}`", inv.name())),
    };
    crate::out::print(format_args!("{}", invoke::render_results(&results)?))?;
    Ok(ExitCode::SUCCESS)
}

fn exports_list(exports: &[String]) -> String {
    if exports.is_empty() {
        "the component exports no functions neorun can call".to_owned()
    } else {
        format!("exports:\n  {}", exports.join("\n  "))
    }
}

/// Runs `wasi:cli/run#run` when the component exports it.
async fn run_command(
    mut built: Built,
    component: &Component,
    engine: &wasmtime::Engine,
) -> anyhow::Result<ExitCode> {
    let run_iface = component
        .component_type()
        .exports(engine)
        .map(|(name, _)| name.to_owned())
        .find(|name| name.starts_with("wasi:cli/run@"));
    let func = run_iface.as_ref().and_then(|iface| {
        let idx = built.instance.get_export_index(&mut built.store, None, iface)?;
        let f = built.instance.get_export_index(&mut built.store, Some(&idx), "run")?;
        built.instance.get_func(&mut built.store, f)
    });
    let Some(func) = func else {
        let ledger = neorun::ledger::Ledger::new(engine, component);
        bail!(
            "the component does not export `wasi:cli/run`: name the function to call with \
             --invoke, e.g. --invoke 'run(...)'\n{}",
            exports_list(&crate::inspect::callable_exports(&ledger))
        );
    };
    let results = match invoke::call(&mut built.store, &func, &[]).await {
        Ok(r) => r,
        Err(e) => return trapped(e, "wasi:cli/run"),
    };
    match results.first() {
        Some(Val::Result(Err(_))) => Ok(ExitCode::FAILURE),
        _ => Ok(ExitCode::SUCCESS),
    }
}
