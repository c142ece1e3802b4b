//! The call-path benchmark: what one call of a guest's `neorun:kv/store` import costs on each
//! path neorun offers, and what the peers and the transport itself cost for the same work.
//!
//! ```text
//! cargo bench --bench call_paths -- --warm-up-time 1 --measurement-time 2
//! ```
//!
//! Every guest row runs the `kv_client` guest's `run(op, n)` export, which loops `n` calls of
//! `noop`, `get(16-byte key)` or `put(entry)` inside the guest; `n` is sized so one iteration
//! lasts about a millisecond, and criterion's throughput (`Elements(n)`) reads as calls/s.
//!
//! - groups `noop`, `get`, `put`: the local typed call (`link_kv`); static and dynamic stubs
//!   over the in-process channel with client and server on one thread (a current-thread
//!   runtime), over the channel with the server and the connection driver on a multi-thread
//!   runtime, and over TCP on 127.0.0.1 (server in a thread of its own); the tarpc peer over
//!   TCP, called from plain Rust (tarpc has no wasm guest).
//! - `put_tcp_baseline`: a raw ping-pong of the exact bytes of a neorun `put` call frame and
//!   its reply, `len:u32 LE` framed, `TCP_NODELAY`: the transport's limit.
//! - `put_concurrent_tcp`: 8 and 64 guest instances calling `put` at once over one TCP
//!   connection; the raw ping-pong multiplexed by call id over 8 tasks; tarpc with 8 and 64
//!   tasks.
//!
//! After criterion's output it prints allocations per call, the frame bytes neorun's sending
//! side copied per call, and a summary of ratios measured in this one run (medians of the
//! per-call times of criterion's batches). With `CALL_PATHS_COUNTS_ONLY=1` it skips the timed
//! groups and prints only the counts (deterministic, a few seconds once built).

mod support;

use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, SamplingMode};
use neorun::kv::{InMemoryKv, Op};
use neorun::rpc::Connection;
use neorun_workspace::guests;
use tokio::runtime::Runtime;
use wasmtime::component::Component;

use support::calls::Bench;
use support::guest::{ConcurrentGuests, Error, Guest, GuestCalls, Path, Placement};
use support::raw::{Multiplexed, PingPong, PutFrames, bench_entry};
use support::record::Recorder;
use support::tarpc_peer::{KvClient, TarpcCalls, TarpcOp};
use support::{allocs, summary};
use support::{raw, servers, tarpc_peer};

/// The operations of the sequential groups.
const OPS: [(Op, TarpcOp, &str); 3] = [
    (Op::Noop, TarpcOp::Noop, "noop"),
    (Op::Get, TarpcOp::Get, "get"),
    (Op::Put, TarpcOp::Put, "put"),
];

/// Instances (and tasks) of the concurrency group.
const WIDTHS: [usize; 2] = [8, 64];

/// Everything the groups measure, built once.
struct Setup {
    /// Client and same-thread servers.
    rt: Runtime,
    /// Servers and connection drivers on worker threads.
    rt_mt: Runtime,
    /// The sequential placements, in table order.
    placements: Vec<Placement>,
    /// 64 guests of each remote path on the one TCP connection.
    wide_static: Vec<Guest>,
    wide_dynamic: Vec<Guest>,
    tarpc: KvClient,
    ping_pong: PingPong,
    multiplexed: Multiplexed,
    kv: Arc<InMemoryKv>,
}

fn setup() -> Result<Setup, Error> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let rt_mt =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let engine = neorun::host::engine()?;
    let component = Component::new(&engine, guests::kv_client())?;
    // One store behind every server; `get` finds the bench entry from the start.
    let kv = InMemoryKv::new();
    kv.put(bench_entry(0)).map_err(|e| format!("seeding the store: {e:?}"))?;
    let exports = servers::kv_exports(&kv)?;

    let chan_1t = servers::channel_on(&rt, &exports)?;
    let chan_mt = servers::channel_on(&rt_mt, &exports)?;
    let tcp = servers::tcp_connect(&rt, servers::tcp_server(&exports)?)?;

    let specs: [(&str, Path, Option<&Connection>, bool); 7] = [
        ("local", Path::Local, None, false),
        ("static_channel_1thread", Path::Static, Some(&chan_1t), false),
        ("dynamic_channel_1thread", Path::Dynamic, Some(&chan_1t), false),
        ("static_channel_mt", Path::Static, Some(&chan_mt), true),
        ("dynamic_channel_mt", Path::Dynamic, Some(&chan_mt), true),
        ("static_tcp", Path::Static, Some(&tcp), false),
        ("dynamic_tcp", Path::Dynamic, Some(&tcp), false),
    ];
    let mut placements = Vec::new();
    for (id, path, conn, mt) in specs {
        let on = if mt { &rt_mt } else { &rt };
        let guest = on.block_on(async {
            if let Some(probe) = Guest::build(&engine, &component, &kv, path, conn).await? {
                probe.self_test(id).await;
            }
            let mut guest = Guest::build(&engine, &component, &kv, path, conn).await?;
            if let Some(g) = &mut guest {
                g.check().await.map_err(|e| format!("{id}: {e}"))?;
            }
            Ok::<_, Error>(guest)
        })?;
        placements.push(Placement { id, multi_thread: mt, guest });
    }

    let wide = |path| -> Result<Vec<Guest>, Error> {
        let mut out = Vec::new();
        for _ in 0..WIDTHS[WIDTHS.len() - 1] {
            match rt.block_on(Guest::build(&engine, &component, &kv, path, Some(&tcp)))? {
                Some(g) => out.push(g),
                None => break,
            }
        }
        Ok(out)
    };
    let wide_static = wide(Path::Static)?;
    let wide_dynamic = wide(Path::Dynamic)?;

    let tarpc = rt.block_on(tarpc_peer::connect(tarpc_peer::server(&kv)?))?;
    let frames = PutFrames::new()?;
    let raw_addr = raw::server(&frames)?;
    let ping_pong = rt.block_on(PingPong::connect(raw_addr, &frames))?;
    let multiplexed = rt.block_on(Multiplexed::connect(raw_addr, &frames, WIDTHS[0]))?;
    Ok(Setup {
        rt,
        rt_mt,
        placements,
        wide_static,
        wide_dynamic,
        tarpc,
        ping_pong,
        multiplexed,
        kv,
    })
}

fn sequential_groups(c: &mut Criterion, s: &mut Setup, recorder: &Recorder) {
    for (op, tarpc_op, name) in OPS {
        let mut group = c.benchmark_group(name);
        group.sampling_mode(SamplingMode::Flat).sample_size(50);
        let mut bench =
            Bench { group: &mut group, name, recorder, target: Duration::from_millis(1), floor: 1 };
        for p in &mut s.placements {
            let rt = if p.multi_thread { &s.rt_mt } else { &s.rt };
            if let Some(guest) = &mut p.guest {
                bench.run(p.id, rt, &mut GuestCalls { guest, op });
            }
        }
        bench.run("tarpc_tcp_no_wasm", &s.rt, &mut TarpcCalls::new(s.tarpc.clone(), tarpc_op, 1));
        group.finish();
    }

    let mut group = c.benchmark_group("put_tcp_baseline");
    group.sampling_mode(SamplingMode::Flat).sample_size(50);
    let mut bench = Bench {
        group: &mut group,
        name: "put_tcp_baseline",
        recorder,
        target: Duration::from_millis(1),
        floor: 1,
    };
    bench.run("raw_ping_pong", &s.rt, &mut s.ping_pong);
    group.finish();
}

fn concurrent_group(c: &mut Criterion, s: &mut Setup, recorder: &Recorder) {
    let name = "put_concurrent_tcp";
    let mut group = c.benchmark_group(name);
    group.sampling_mode(SamplingMode::Flat).sample_size(30);
    for width in WIDTHS {
        let floor = u32::try_from(width).unwrap_or(u32::MAX);
        let mut bench =
            Bench { group: &mut group, name, recorder, target: Duration::from_millis(5), floor };
        for (path, guests) in [("static", &mut s.wide_static), ("dynamic", &mut s.wide_dynamic)] {
            if guests.len() >= width {
                let mut calls = ConcurrentGuests { guests: &mut guests[..width], op: Op::Put };
                bench.run(&format!("{path}_x{width}"), &s.rt, &mut calls);
            }
        }
        if width == WIDTHS[0] {
            bench.run(&format!("raw_multiplexed_x{width}"), &s.rt, &mut s.multiplexed);
        }
        let mut tarpc = TarpcCalls::new(s.tarpc.clone(), TarpcOp::Put, width);
        bench.run(&format!("tarpc_no_wasm_x{width}"), &s.rt, &mut tarpc);
    }
    group.finish();
}

fn main() -> Result<(), Error> {
    let mut criterion = Criterion::default().configure_from_args();
    eprintln!("call_paths: compiling the guest and linking every placement ...");
    let mut s = setup()?;
    let recorder = Recorder::default();
    let timed = std::env::var_os("CALL_PATHS_COUNTS_ONLY").is_none_or(|v| v != "1");
    if timed {
        sequential_groups(&mut criterion, &mut s, &recorder);
        concurrent_group(&mut criterion, &mut s, &recorder);
        criterion.final_summary();
    }

    let allocs = allocs::measure(&s.rt, &s.rt_mt, &mut s.placements, &s.kv, &s.tarpc)?;
    summary::print_allocations(&allocs);
    if timed {
        summary::print(&recorder, &s.placements);
    }
    Ok(())
}
