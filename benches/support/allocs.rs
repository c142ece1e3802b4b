//! Allocation counting: the process's global allocator wrapped by `stats_alloc`, and a window
//! around a measured batch of calls; in the same window, the frame bytes neorun's sending side
//! copied (its `copy-stats` feature).

use std::alloc::System;
use std::sync::Arc;

use bytes::Bytes;
use futures::FutureExt;
use neorun::kv::{InMemoryKv, Op};
use neorun::neopack::Encoder;
use neorun::neopack::codec::Encode;
use neorun::rpc::Service;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use tokio::runtime::Runtime;

use super::calls::Calls;
use super::guest::{Error, GuestCalls, Placement};
use super::raw::{BENCH_KEY, bench_entry};
use super::tarpc_peer::{KvClient, TarpcCalls, TarpcOp};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations made while a batch ran, per call.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PerCall {
    /// `alloc` plus `realloc` calls per call.
    pub(crate) allocs: f64,
    /// Bytes allocated per call.
    pub(crate) bytes: f64,
    /// Frame bytes copied by neorun's sending side per call (arguments into the frame, the
    /// frame into a transport's write buffer).
    pub(crate) copied: f64,
}

/// Counts the allocations of every thread of the process while `batch` makes `calls` calls.
pub(crate) fn per_call(calls: u32, batch: impl FnOnce()) -> PerCall {
    let copied = || neorun::transport::copy_stats::copied().unwrap_or(0);
    let copied_before = copied();
    let region = Region::new(GLOBAL);
    batch();
    let change = region.change();
    let calls = f64::from(calls.max(1));
    PerCall {
        allocs: (change.allocations + change.reallocations) as f64 / calls,
        bytes: change.bytes_allocated as f64 / calls,
        copied: (copied() - copied_before) as f64 / calls,
    }
}

/// Calls per counted batch.
const CALLS: u32 = 2000;

/// One row of the allocation table: `noop`, `get`, `put`.
#[derive(Debug)]
pub(crate) struct AllocRow {
    /// What was counted.
    pub(crate) label: String,
    /// Whether the row goes through neorun's sending side (its copies are counted).
    pub(crate) neorun_send: bool,
    /// Per op, in `OPS` order.
    pub(crate) ops: [PerCall; 3],
}

const OPS: [Op; 3] = [Op::Noop, Op::Get, Op::Put];

fn count(rt: &Runtime, calls: &mut dyn Calls) -> PerCall {
    rt.block_on(calls.run(CALLS / 10));
    per_call(CALLS, || rt.block_on(calls.run(CALLS)))
}

/// Counts allocations per call of every placement, of the store's service handler alone
/// (decode, store, encode: the server's share), and of the tarpc peer. The counts cover the
/// whole process: client, server and transport tasks.
pub(crate) fn measure(
    rt: &Runtime,
    rt_mt: &Runtime,
    placements: &mut [Placement],
    kv: &Arc<InMemoryKv>,
    tarpc: &KvClient,
) -> Result<Vec<AllocRow>, Error> {
    let mut rows = Vec::new();
    for p in placements {
        let on = if p.multi_thread { rt_mt } else { rt };
        let Some(guest) = &mut p.guest else { continue };
        let ops = OPS.map(|op| count(on, &mut GuestCalls { guest, op }));
        let neorun_send = p.id != "local";
        rows.push(AllocRow { label: p.id.to_owned(), neorun_send, ops });
    }

    let service = neorun::kv::service(kv.clone());
    let mut args = [Encoder::new(), Encoder::new(), Encoder::new()];
    args[0].begin_record(0)?;
    args[1].begin_record(1)?;
    args[1].str(BENCH_KEY)?;
    args[2].begin_record(1)?;
    bench_entry(1).encode(&mut args[2])?;
    let mut encoded = Vec::new();
    for mut a in args {
        a.end_record()?;
        encoded.push(Bytes::copy_from_slice(a.finish()?));
    }
    let mut ops = [PerCall::default(); 3];
    for (func, (slot, args)) in ops.iter_mut().zip(&encoded).enumerate() {
        let once = || match service.call(0, func, args.clone()).now_or_never() {
            Some(Ok(_)) => {}
            other => panic!("the kv service failed function #{func}: {other:?}"),
        };
        once();
        *slot = per_call(CALLS, || (0..CALLS).for_each(|_| once()));
    }
    rows.push(AllocRow {
        label: "kv service alone (server share)".into(),
        neorun_send: false,
        ops,
    });

    let tarpc_ops = [TarpcOp::Noop, TarpcOp::Get, TarpcOp::Put];
    let ops = tarpc_ops.map(|op| count(rt, &mut TarpcCalls::new(tarpc.clone(), op, 1)));
    rows.push(AllocRow { label: "tarpc_tcp_no_wasm".into(), neorun_send: false, ops });
    Ok(rows)
}
