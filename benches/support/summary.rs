//! The tables printed after criterion's output: allocations per call, and ratios measured in
//! this one run, with the status of each performance goal.

use super::allocs::AllocRow;
use super::guest::Placement;
use super::record::Recorder;

const OPS: [&str; 3] = ["noop", "get", "put"];

/// Prints allocations per call (whole process: client, server, transport).
pub(crate) fn print_allocations(rows: &[AllocRow]) {
    println!(
        "\nallocations per call (alloc + realloc calls, bytes), whole process, 2000-call batch"
    );
    println!("{:<34} {:>16} {:>16} {:>16}", "path", "noop", "get", "put");
    for r in rows {
        let cell = |i: usize| format!("{:.1} ({:.0} B)", r.ops[i].allocs, r.ops[i].bytes);
        println!("{:<34} {:>16} {:>16} {:>16}", r.label, cell(0), cell(1), cell(2));
    }
    println!(
        "\nframe bytes copied per call by neorun's senders (arguments into a call frame, control \
         frames into a session's buffer, frames into a stream transport's write buffer)"
    );
    println!("{:<34} {:>16} {:>16} {:>16}", "path", "noop", "get", "put");
    for r in rows.iter().filter(|r| r.neorun_send) {
        let cell = |i: usize| format!("{:.1} B", r.ops[i].copied);
        println!("{:<34} {:>16} {:>16} {:>16}", r.label, cell(0), cell(1), cell(2));
    }
    let find = |label: &str| rows.iter().find(|r| r.label == label);
    if let Some(service) = find("kv service alone (server share)") {
        for id in ["static_channel_1thread", "dynamic_channel_1thread"] {
            if let Some(r) = find(id) {
                let put = r.ops[2].allocs - service.ops[2].allocs;
                let noop = r.ops[0].allocs - service.ops[0].allocs;
                println!(
                    "{id}: without the service handler: noop {noop:.1}, put {put:.1} allocs/call"
                );
            }
        }
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    Some(a? / b?)
}

fn fmt_x(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_owned(), |r| format!("{r:.2}x"))
}

fn goal(name: &str, value: Option<f64>, met: impl Fn(f64) -> bool) {
    let status = match value {
        None => "NOT MEASURED",
        Some(v) if met(v) => "met",
        Some(_) => "MISSED",
    };
    println!("  [{status:^12}] {name}: {}", fmt_x(value));
}

/// Prints per-call times with ratios to the local call, the static/dynamic, transport and
/// peer ratios, and the goals.
pub(crate) fn print(rec: &Recorder, placements: &[Placement]) {
    let ns = |op: &str, id: &str| rec.ns_per_call(&format!("{op}/{id}"));
    println!("\n== call_paths summary: medians of this run's batches ==");
    // Threads that sleep (the TCP and multi-thread rows) suffer most from a busy machine.
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average at the end of the run: {}", load.trim());
    }
    println!("\nns per call (x the local call); tarpc has no wasm guest: plain Rust calls");
    println!("{:<26} {:>18} {:>18} {:>18}", "path", "noop", "get", "put");
    let mut ids: Vec<(&str, bool)> = placements.iter().map(|p| (p.id, p.guest.is_some())).collect();
    ids.push(("tarpc_tcp_no_wasm", true));
    for (id, available) in ids {
        if !available {
            println!("{id:<26} TODO: static stubs (neorun::kv::remote) not available yet");
            continue;
        }
        let cell = |op: &str| match ns(op, id) {
            Some(v) => format!("{v:.0} ({})", fmt_x(ratio(Some(v), ns(op, "local")))),
            None => "-".to_owned(),
        };
        println!("{id:<26} {:>18} {:>18} {:>18}", cell("noop"), cell("get"), cell("put"));
    }

    println!("\nstatic vs dynamic (dynamic ns / static ns)");
    for wire in ["channel_1thread", "channel_mt", "tcp"] {
        let r = OPS.map(|op| {
            fmt_x(ratio(ns(op, &format!("dynamic_{wire}")), ns(op, &format!("static_{wire}"))))
        });
        println!("  {wire:<16} noop {:>8}  get {:>8}  put {:>8}", r[0], r[1], r[2]);
    }

    let raw = rec.ns_per_call("put_tcp_baseline/raw_ping_pong");
    let static_tcp = ns("put", "static_tcp");
    let dynamic_tcp = ns("put", "dynamic_tcp");
    println!(
        "\nput over TCP, one call at a time: raw ping-pong {} ns; static {} (x raw), dynamic {} (x raw)",
        raw.map_or("-".into(), |v| format!("{v:.0}")),
        fmt_x(ratio(static_tcp, raw)),
        fmt_x(ratio(dynamic_tcp, raw)),
    );

    let cps = |key: &str| rec.calls_per_s(&format!("put_concurrent_tcp/{key}"));
    let show = |v: Option<f64>| v.map_or("-".into(), |v| format!("{v:.0}"));
    println!("\nput over one TCP connection, calls/s (x1 = the sequential rows)");
    for path in ["static", "dynamic"] {
        let one = rec.calls_per_s(&format!("put/{path}_tcp"));
        println!(
            "  {path:<22} x1 {:>9}  x8 {:>9}  x64 {:>9}",
            show(one),
            show(cps(&format!("{path}_x8"))),
            show(cps(&format!("{path}_x64")))
        );
    }
    println!(
        "  {:<22} x1 {:>9}  x8 {:>9}",
        "raw multiplexed",
        show(raw.map(|v| 1e9 / v)),
        show(cps("raw_multiplexed_x8"))
    );
    println!(
        "  {:<22} x1 {:>9}  x8 {:>9}  x64 {:>9}",
        "tarpc (no wasm)",
        show(rec.calls_per_s("put/tarpc_tcp_no_wasm")),
        show(cps("tarpc_no_wasm_x8")),
        show(cps("tarpc_no_wasm_x64"))
    );

    println!("\ngoals");
    goal(
        "8-way static put over TCP >= 1.3x tarpc 8-way (calls/s ratio)",
        ratio(cps("static_x8"), cps("tarpc_no_wasm_x8")),
        |r| r >= 1.3,
    );
    goal(
        "static >= 8x dynamic on put over the channel (1 thread)",
        ratio(ns("put", "dynamic_channel_1thread"), ns("put", "static_channel_1thread")),
        |r| r >= 8.0,
    );
    let worst = OPS
        .iter()
        .filter_map(|op| ratio(ns(op, "static_channel_1thread"), ns(op, "local")))
        .reduce(f64::max);
    goal("static over the channel (1 thread) <= 6x local (worst op)", worst, |r| r <= 6.0);
    goal("sequential static put over TCP <= 1.15x raw ping-pong", ratio(static_tcp, raw), |r| {
        r <= 1.15
    });
    let one = rec.calls_per_s("put/static_tcp");
    let (x8, x64) = (cps("static_x8"), cps("static_x64"));
    let grows = match (one, x8, x64) {
        (Some(a), Some(b), Some(c)) => Some(if a < b && b < c { c / a } else { 0.0 }),
        _ => None,
    };
    goal("static put throughput grows with instances (x64 / x1; 0 = not monotonic)", grows, |r| {
        r > 1.0
    });
}
