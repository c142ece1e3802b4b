//! `neorun serve`: serves a component's exported interfaces, or the in-memory key-value store,
//! until Ctrl-C or SIGTERM, then shuts down gracefully.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, anyhow, bail};
use clap::Args;

use neorun::kv;
use neorun::kv::{INTERFACE as KV_INTERFACE, InMemoryKv};
use neorun::rpc::{ServerConfig, Service, Serving, serve as rpc_serve};
use neorun::transport::Listener;
use neorun::transport::tcp::TcpListener;
use neorun::{ComponentService, Exports};

use crate::addr::ListenAddr;

/// Arguments of `neorun serve`.
#[derive(Debug, Args)]
#[command(after_help = "\
When it is ready, prints exactly one line on stdout, `listening on ENDPOINT` with the actual
port (so --listen 127.0.0.1:0 can be used), and the served interfaces with their fingerprints
on stderr. Runs until Ctrl-C or SIGTERM, then sends goaway on every connection, lets the calls
in flight finish (for at most --grace-ms) and exits 0.

A served component's own imports must all be WASI (served in this process); each call runs on
a pooled instance of it.

Examples:
  neorun serve --kv --listen 127.0.0.1:4000
  neorun serve --kv --listen unix:///tmp/kv.sock
  neorun serve provider.wasm --listen tcp://0.0.0.0:4000
  neorun serve provider.wasm --listen 127.0.0.1:0 --export neorun:kv/store@0.1.0")]
#[command(group = clap::ArgGroup::new("what").required(true).args(["component", "kv"]))]
pub(crate) struct ServeArgs {
    /// The component whose exports to serve (binary `.wasm` or `.wat` text).
    component: Option<PathBuf>,

    /// Serve `neorun:kv/store@0.1.0` from an in-memory store instead of a component.
    #[arg(long, conflicts_with = "component")]
    kv: bool,

    /// Where to listen: tcp://HOST:PORT, HOST:PORT or unix:///PATH (port 0 picks a free port).
    #[arg(long, value_name = "ADDR")]
    listen: ListenAddr,

    /// Serve only this exported interface (repeatable; default: every exported interface).
    #[arg(long = "export", value_name = "IFACE")]
    exports: Vec<String>,

    /// On shutdown, how long calls in flight may take to finish.
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    grace_ms: u64,
}

pub(crate) async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let service = service(&args)?;
    // Watch the signals before announcing the endpoint: whoever reads the line may stop us.
    let mut signals = Signals::new()?;
    for iface in service.interfaces() {
        eprintln!(
            "serving {} ({} functions, fingerprint {:#018x})",
            iface.name,
            iface.functions.len(),
            iface.fingerprint()
        );
    }
    let serving = match &args.listen {
        ListenAddr::Tcp(addr) => {
            let listener = TcpListener::bind(addr)
                .await
                .with_context(|| format!("cannot listen on {}", args.listen))?;
            start(listener, service)?
        }
        #[cfg(unix)]
        ListenAddr::Unix(path) => {
            let listener = neorun::transport::unix::UnixListener::bind(path)
                .with_context(|| format!("cannot listen on {}", args.listen))?;
            start(listener, service)?
        }
        #[cfg(not(unix))]
        ListenAddr::Unix(_) => bail!("unix sockets are not supported on this platform"),
    };
    let handle = serving.shutdown_handle();
    let mut server = tokio::spawn(serving);
    tokio::select! {
        done = &mut server => {
            // The listener failed: nothing asked it to stop.
            return match done {
                Ok(Ok(())) => bail!("the server stopped unexpectedly"),
                Ok(Err(e)) => Err(anyhow!(e).context("the server failed")),
                Err(e) => Err(anyhow!(e).context("the server task failed")),
            };
        }
        name = signals.recv() => {
            tracing::info!("{name}: shutting down");
            eprintln!("{name}: shutting down");
            handle.shutdown("server shutting down");
        }
    }
    let grace = Duration::from_millis(args.grace_ms);
    match tokio::time::timeout(grace, server).await {
        Ok(Ok(Ok(()))) => Ok(ExitCode::SUCCESS),
        Ok(Ok(Err(e))) => Err(anyhow!(e).context("the server failed while shutting down")),
        Ok(Err(e)) => Err(anyhow!(e).context("the server task failed")),
        Err(_) => {
            eprintln!("calls still in flight after {} ms: stopping anyway", args.grace_ms);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Starts serving and announces the endpoint on stdout.
fn start(listener: impl Listener, service: Arc<dyn Service>) -> anyhow::Result<Serving> {
    let endpoint = listener.local_endpoint();
    let mut config = ServerConfig::default();
    // As in `run`: the frame size already bounds the element count.
    config.limits.max_items = config.max_frame;
    let serving = rpc_serve(listener, service, config);
    let mut out = std::io::stdout().lock();
    writeln!(out, "listening on {endpoint}").and_then(|()| out.flush())?;
    Ok(serving)
}

/// What to serve.
fn service(args: &ServeArgs) -> anyhow::Result<Arc<dyn Service>> {
    let mut exports = Exports::new();
    match &args.component {
        None => {
            if let Some(other) = args.exports.iter().find(|e| *e != KV_INTERFACE) {
                bail!("--kv serves only `{KV_INTERFACE}`, not `{other}`");
            }
            exports.add(Arc::new(kv::service(InMemoryKv::new())))?;
        }
        Some(path) => {
            let engine = crate::engine()?;
            let component = crate::load_component(&engine, path)?;
            let names: Vec<&str> = args.exports.iter().map(String::as_str).collect();
            let service = ComponentService::new(&engine, &component, &names)
                .with_context(|| format!("cannot serve `{}`", path.display()))?;
            if service.interfaces().is_empty() {
                bail!(
                    "`{}` exports no interface to serve (world-level functions cannot be served; \
                     see `neorun inspect`)",
                    path.display()
                );
            }
            exports.add(Arc::new(service))?;
        }
    }
    Ok(Arc::new(exports))
}

/// Ctrl-C and SIGTERM, watched from creation on.
struct Signals {
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
}

impl Signals {
    fn new() -> anyhow::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Self {
                int: signal(SignalKind::interrupt()).context("cannot watch SIGINT")?,
                term: signal(SignalKind::terminate()).context("cannot watch SIGTERM")?,
            })
        }
        #[cfg(not(unix))]
        Ok(Self {})
    }

    /// Waits for the next signal and names it.
    async fn recv(&mut self) -> &'static str {
        #[cfg(unix)]
        {
            tokio::select! {
                _ = self.int.recv() => "interrupted",
                _ = self.term.recv() => "terminated",
            }
        }
        #[cfg(not(unix))]
        {
            match tokio::signal::ctrl_c().await {
                Ok(()) => "interrupted",
                Err(_) => std::future::pending().await,
            }
        }
    }
}
