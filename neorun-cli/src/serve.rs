//! `neorun serve`: serves a component's exported interfaces, or the in-memory key-value store,
//! until Ctrl-C or SIGTERM, then shuts down gracefully.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, anyhow, bail};
use clap::Args;

use neorun::budget::{Budget, ServerLimits};
use neorun::kv;
use neorun::kv::{INTERFACE as KV_INTERFACE, InMemoryKv, KvLimits};
use neorun::ledger::Ledger;
use neorun::rpc::{ServerConfig, Service, Serving, serve as rpc_serve};
use neorun::server::ExportError;
use neorun::transport::Listener;
use neorun::transport::tcp::TcpListener;
use neorun::{ComponentService, Exports};

use crate::addr::Endpoint;
use crate::capture::{self, Capture, CapturingListener};

/// Arguments of `neorun serve`.
#[derive(Debug, Args)]
#[command(after_help = "\
When it is ready, prints exactly one line on stdout, `listening on ENDPOINT` with the actual
port (so --listen 127.0.0.1:0 can be used), and the served interfaces with their fingerprints
on stderr. Runs until Ctrl-C or SIGTERM, then sends goaway on every connection, lets the calls
in flight finish (for at most --grace-ms) and exits 0.

ADDR is an endpoint, written as run's --link targets: tcp://HOST:PORT or just HOST:PORT (port 0
picks a free port), or unix:///PATH. tls:// and quic:// are accepted by --link but not served
here.

A served component's own imports must all be WASI (served in this process); each call runs on
a pooled instance of it.

Examples:
  neorun serve --kv --listen 127.0.0.1:4000
  neorun serve --kv --listen unix:///tmp/kv.sock
  neorun serve provider.wasm --listen tcp://0.0.0.0:4000
  neorun serve provider.wasm --listen 127.0.0.1:0 --export neorun:kv/store@0.1.0
  neorun serve --kv --listen 127.0.0.1:4000 --capture frames.bin")]
#[command(group = clap::ArgGroup::new("what").required(true).args(["component", "kv"]))]
pub(crate) struct ServeArgs {
    /// The component whose exports to serve (binary `.wasm` or `.wat` text).
    component: Option<PathBuf>,

    /// Serve `neorun:kv/store@0.1.0` from an in-memory store instead of a component.
    #[arg(long, conflicts_with = "component")]
    kv: bool,

    /// Where to listen: tcp://HOST:PORT, HOST:PORT or unix:///PATH (port 0 picks a free port);
    /// the same syntax as run's --link targets.
    #[arg(long, value_name = "ADDR")]
    listen: Endpoint,

    /// Serve only this exported interface (repeatable; default: every exported interface).
    #[arg(long = "export", value_name = "IFACE")]
    exports: Vec<String>,

    /// On shutdown, how long calls in flight may take to finish.
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    grace_ms: u64,

    /// Memory all connections together may hold in partial frames, unsent replies and running
    /// calls' arguments; past it no connection reads new work until some is released.
    #[arg(long, value_name = "MIB", default_value_t = 512)]
    memory_budget_mib: usize,

    /// Connections served at once; one more is closed with goaway `too-many-connections`.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    max_connections: usize,

    /// Unsent reply bytes per connection past which the server stops reading it (a client
    /// that does not read its replies is pushed back, never dropped).
    #[arg(long, value_name = "MIB", default_value_t = 32)]
    reply_budget_mib: usize,

    /// How long one frame may take from its first byte to its last (0: no limit).
    #[arg(long, value_name = "MS", default_value_t = 30_000)]
    frame_timeout_ms: u64,

    /// With --kv: the longest key in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = KvLimits::default().max_key_len)]
    kv_max_key_len: usize,

    /// With --kv: the most entries the store holds.
    #[arg(long, value_name = "N", default_value_t = KvLimits::default().max_entries)]
    kv_max_entries: usize,

    /// With --kv: the most bytes the store holds (keys, values and tags with their overhead).
    #[arg(long, value_name = "MIB", default_value_t = KvLimits::default().max_bytes >> 20)]
    kv_max_mib: usize,

    /// Record every frame sent and received on every connection in FILE, for
    /// `neorun dump --stream FILE` (format in `neorun dump --help`).
    #[arg(long, value_name = "FILE")]
    capture: Option<PathBuf>,

    /// Print the server's budget counters on stderr every MS milliseconds (one line each:
    /// connections, queued reply bytes, partial-frame bytes, argument bytes, calls in flight,
    /// refusals).
    #[arg(long, value_name = "MS")]
    stats_ms: Option<u64>,
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
    let capture =
        args.capture.as_deref().map(|p| Capture::create(p, capture::Role::Server)).transpose()?;
    let serving = match &args.listen {
        Endpoint::Tcp(addr) => {
            let listener = TcpListener::bind(addr)
                .await
                .with_context(|| format!("cannot listen on {}", args.listen))?;
            start(listener, capture, service, &args)?
        }
        #[cfg(unix)]
        Endpoint::Unix(path) => {
            let listener = neorun::transport::unix::UnixListener::bind(path)
                .with_context(|| format!("cannot listen on {}", args.listen))?;
            start(listener, capture, service, &args)?
        }
        #[cfg(not(unix))]
        Endpoint::Unix(_) => bail!("unix sockets are not supported on this platform"),
        Endpoint::Tls(_) | Endpoint::Quic(_) => bail!(
            "neorun serve cannot listen on {} (it has no certificate options): listen on \
             tcp://HOST:PORT, HOST:PORT or unix:///PATH",
            args.listen
        ),
    };
    let handle = serving.shutdown_handle();
    if let Some(ms) = args.stats_ms {
        tokio::spawn(print_stats(serving.budget(), Duration::from_millis(ms.max(1))));
    }
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

/// Prints the budget's counters on stderr every `every`.
async fn print_stats(budget: Budget, every: Duration) {
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        let s = budget.stats();
        eprintln!(
            "stats: connections={} queued_reply_bytes={} partial_frame_bytes={} \
             argument_bytes={} calls_in_flight={} memory_used={} calls_refused={} \
             connections_refused={} frame_timeouts={}",
            s.connections,
            s.queued_reply_bytes,
            s.partial_frame_bytes,
            s.argument_bytes,
            s.calls_in_flight,
            s.memory_used,
            s.calls_refused,
            s.connections_refused,
            s.frame_timeouts
        );
    }
}

/// Starts serving, capturing the connections' frames with `capture`, and announces the endpoint
/// on stdout.
fn start(
    listener: impl Listener,
    capture: Option<Capture>,
    service: Arc<dyn Service>,
    args: &ServeArgs,
) -> anyhow::Result<Serving> {
    match capture {
        Some(capture) => start_on(CapturingListener { inner: listener, capture }, service, args),
        None => start_on(listener, service, args),
    }
}

fn start_on(
    listener: impl Listener,
    service: Arc<dyn Service>,
    args: &ServeArgs,
) -> anyhow::Result<Serving> {
    let endpoint = listener.local_endpoint();
    let mut config = ServerConfig::default();
    config.budget =
        Budget::new(ServerLimits::new(args.memory_budget_mib << 20, args.max_connections));
    config.reply_budget = args.reply_budget_mib << 20;
    config.frame_timeout =
        (args.frame_timeout_ms > 0).then(|| Duration::from_millis(args.frame_timeout_ms));
    // As in `run`: the frame size already bounds the element count.
    config.limits.max_items = config.max_frame;
    let serving = rpc_serve(listener, service, config);
    crate::out::print(format_args!("listening on {endpoint}\n"))?;
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
            let mut limits = KvLimits::default();
            limits.max_key_len = args.kv_max_key_len;
            limits.max_entries = args.kv_max_entries;
            limits.max_bytes = args.kv_max_mib << 20;
            exports.add(Arc::new(kv::service(InMemoryKv::with_limits(limits))))?;
        }
        Some(path) => {
            let engine = crate::engine()?;
            let component = crate::load_component(&engine, path)?;
            let names: Vec<&str> = args.exports.iter().map(String::as_str).collect();
            let service = ComponentService::new(&engine, &component, &names)
                .map_err(|e| match e {
                    ExportError::NotExported(_) => {
                        anyhow!("{e}\n{}", exportable(&Ledger::new(&engine, &component)))
                    }
                    e => anyhow!(e),
                })
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

/// What `--export` can name: the component's exported interfaces (world-level functions are
/// not in an interface, so they cannot be served).
fn exportable(ledger: &Ledger) -> String {
    let names: Vec<&str> =
        ledger.exports().iter().filter(|e| !e.is_world()).map(|e| e.name()).collect();
    if names.is_empty() {
        "it exports no interface to serve (world-level functions cannot be served)".to_owned()
    } else {
        format!("--export can name: {}", names.join(", "))
    }
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
