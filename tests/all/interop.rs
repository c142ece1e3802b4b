//! Static and dynamic stubs interoperate with either kind of server: the kitchen-sink client
//! guest, linked through static stubs (generated below from `sink.wit`) or dynamic ones, against
//! the provider component served dynamically or a native handler behind the generated server —
//! over the in-process channel and over TCP on 127.0.0.1. And a component whose imports differ
//! from the compiled WIT falls back to the dynamic path and still works.

use std::sync::Arc;
use std::time::Duration;

use neorun::kv::{Client, INTERFACE, InMemoryKv, Op};
use neorun::rpc::{ClientConfig, Connection, ServerConfig, Service, ShutdownHandle, serve};
use neorun::transport::tcp::{TcpConnector, TcpListener};
use neorun::transport::{Connector, DEFAULT_MAX_FRAME, Listener, channel};
use neorun::{ComponentService, Exports, InstanceBuilder, Link, StaticInterface};
use neorun_workspace::guests;
use wasmtime::Engine;
use wasmtime::component::Component;

const ECHO: &str = "neorun:sink/echo@0.1.0";
const LIMIT: Duration = Duration::from_secs(60);

#[neorun::remote(path = "tests/guests/wit/sink.wit", world = "client")]
mod sink {
    /// The kitchen-sink interface served natively: identities, and the computed functions with
    /// the provider component's semantics.
    #[derive(Default)]
    pub(crate) struct Echo {
        /// (notes, pings, sum) as `notes` reports them.
        pub(crate) notes: std::sync::Mutex<(u32, u32, u64)>,
    }

    fn color_name(c: echo::Color) -> &'static str {
        match c {
            echo::Color::Red => "red",
            echo::Color::Green => "green",
            echo::Color::BlueIsh => "blue-ish",
        }
    }

    impl echo::Handler for Echo {
        async fn echo_bool(&self, x: bool) -> bool {
            x
        }
        async fn echo_u8(&self, x: u8) -> u8 {
            x
        }
        async fn echo_u16(&self, x: u16) -> u16 {
            x
        }
        async fn echo_u32(&self, x: u32) -> u32 {
            x
        }
        async fn echo_u64(&self, x: u64) -> u64 {
            x
        }
        async fn echo_s8(&self, x: i8) -> i8 {
            x
        }
        async fn echo_s16(&self, x: i16) -> i16 {
            x
        }
        async fn echo_s32(&self, x: i32) -> i32 {
            x
        }
        async fn echo_s64(&self, x: i64) -> i64 {
            x
        }
        async fn echo_f32(&self, x: f32) -> f32 {
            x
        }
        async fn echo_f64(&self, x: f64) -> f64 {
            x
        }
        async fn echo_char(&self, x: char) -> char {
            x
        }
        async fn echo_string(&self, x: String) -> String {
            x
        }
        async fn echo_bytes(&self, x: Vec<u8>) -> Vec<u8> {
            x
        }
        async fn echo_u32s(&self, x: Vec<u32>) -> Vec<u32> {
            x
        }
        async fn echo_f64s(&self, x: Vec<f64>) -> Vec<f64> {
            x
        }
        async fn echo_strings(&self, x: Vec<String>) -> Vec<String> {
            x
        }
        async fn echo_points(&self, x: Vec<echo::Point>) -> Vec<echo::Point> {
            x
        }
        async fn echo_tuple(&self, x: (u8, String, f64, Vec<u16>)) -> (u8, String, f64, Vec<u16>) {
            x
        }
        async fn echo_scalars(&self, x: echo::Scalars) -> echo::Scalars {
            x
        }
        async fn echo_header(&self, x: echo::HttpHeaderInfo) -> echo::HttpHeaderInfo {
            x
        }
        async fn echo_option_option(&self, x: Option<Option<u8>>) -> Option<Option<u8>> {
            x
        }
        async fn echo_result_full(
            &self,
            x: Result<Option<String>, Vec<u8>>,
        ) -> Result<Option<String>, Vec<u8>> {
            x
        }
        async fn echo_result_no_ok(&self, x: Result<(), String>) -> Result<(), String> {
            x
        }
        async fn echo_result_no_err(&self, x: Result<u32, ()>) -> Result<u32, ()> {
            x
        }
        async fn echo_result_bare(&self, x: Result<(), ()>) -> Result<(), ()> {
            x
        }
        async fn echo_color(&self, x: echo::Color) -> echo::Color {
            x
        }
        async fn echo_perms(&self, x: echo::Perms) -> echo::Perms {
            x
        }
        async fn echo_shape(&self, x: echo::Shape) -> echo::Shape {
            x
        }
        async fn echo_forest(&self, x: echo::Forest) -> echo::Forest {
            x
        }
        async fn mix(
            &self,
            a: u8,
            b: String,
            c: Vec<echo::Point>,
            d: Option<echo::Color>,
        ) -> (u8, String, u32) {
            let count = a.wrapping_add(c.len() as u8);
            let label = format!("{b}/{}", d.map_or("none", color_name));
            let sum = c
                .iter()
                .fold(0i32, |acc, p| acc.wrapping_add(p.x.wrapping_mul(3)).wrapping_add(p.y));
            (count, label, sum.cast_unsigned())
        }
        #[allow(clippy::too_many_arguments)]
        async fn reverse(
            &self,
            a: u8,
            b: i16,
            c: u32,
            d: i64,
            e: f32,
            f: f64,
            g: char,
            h: bool,
        ) -> (bool, char, f64, f32, i64, u32, i16, u8) {
            (h, g, f, e, d, c, b, a)
        }
        #[allow(clippy::too_many_arguments)]
        async fn spill(
            &self,
            p0: echo::Point,
            p1: echo::Point,
            p2: echo::Point,
            p3: echo::Point,
            p4: echo::Point,
            p5: echo::Point,
            p6: echo::Point,
            p7: echo::Point,
            p8: echo::Point,
        ) -> i64 {
            [p0, p1, p2, p3, p4, p5, p6, p7, p8].iter().zip(1i64..).fold(0i64, |acc, (p, w)| {
                acc.wrapping_add(w.wrapping_mul(i64::from(p.x) - i64::from(p.y)))
            })
        }
        async fn note(&self, a: u32, b: String, c: Vec<u8>) {
            let mut n = self.notes.lock().unwrap();
            let add = u64::from(a) + b.len() as u64 + 1000 * c.len() as u64;
            *n = (n.0 + 1, n.1, n.2.wrapping_add(add));
        }
        async fn ping(&self) {
            self.notes.lock().unwrap().1 += 1;
        }
        async fn notes(&self) -> (u32, u32, u64) {
            *self.notes.lock().unwrap()
        }
    }
}

/// Stubs compiled from a later revision of the kv interface (`keys` takes a limit).
#[neorun::remote(path = "tests/wit/kv-changed.wit", world = "client")]
mod kv_changed {}

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(LIMIT, f).await.expect("test step timed out")
}

#[derive(Clone, Copy, Debug)]
enum Wire {
    Channel,
    Tcp,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Stubs {
    Static,
    Dynamic,
}

/// Serves `service` on `wire`; returns a connection to it and the server's shutdown handle.
///
/// The server closes a connection that has not said hello within its handshake timeout (10 s),
/// so the tests compile their components before they connect: a debug-build compile on a busy
/// machine can take that long.
async fn connect(wire: Wire, service: Arc<dyn Service>) -> (Connection, ShutdownHandle) {
    fn spawn(listener: impl Listener, service: Arc<dyn Service>) -> ShutdownHandle {
        let serving = serve(listener, service, ServerConfig::default());
        let handle = serving.shutdown_handle();
        tokio::spawn(serving);
        handle
    }
    let (conn, handle) = match wire {
        Wire::Channel => {
            let (listener, connector) = channel::listen("interop", DEFAULT_MAX_FRAME);
            let handle = spawn(listener, service);
            (bounded(connector.connect()).await.unwrap(), handle)
        }
        Wire::Tcp => {
            let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().to_string();
            let handle = spawn(listener, service);
            (bounded(TcpConnector::new(addr).connect()).await.unwrap(), handle)
        }
    };
    (Connection::over(conn, ClientConfig::default()).unwrap(), handle)
}

fn exports(service: impl Service) -> Arc<dyn Service> {
    let mut exports = Exports::new();
    exports.add(Arc::new(service)).unwrap();
    Arc::new(exports)
}

/// Runs the sink client guest (`component`) with its import linked through `stubs`; returns its
/// check count.
async fn run_sink_client(
    engine: &Engine,
    component: &Component,
    conn: &Connection,
    stubs: Stubs,
) -> u32 {
    let mut builder = InstanceBuilder::new(engine, component).unwrap();
    match stubs {
        Stubs::Static => {
            let compiled: &dyn StaticInterface = &sink::echo::Stubs;
            bounded(builder.link_remote_static(ECHO, conn, compiled)).await.unwrap();
        }
        Stubs::Dynamic => {
            bounded(builder.link_remote_dynamic(ECHO, conn)).await.unwrap();
        }
    }
    let mut built = builder.instantiate().await.unwrap();
    let expected = match stubs {
        Stubs::Static => matches!(built.plan.link(ECHO), Some(Link::RemoteStatic { .. })),
        Stubs::Dynamic => matches!(built.plan.link(ECHO), Some(Link::RemoteDynamic { .. })),
    };
    assert!(expected, "{stubs:?} asked, plan:\n{}", built.plan);
    let run = built
        .instance
        .get_typed_func::<(), (Result<u32, String>,)>(&mut built.store, "run")
        .unwrap();
    let (checks,) = bounded(run.call_async(&mut built.store, ())).await.unwrap();
    checks.unwrap_or_else(|e| panic!("{stubs:?} client: {e}"))
}

async fn client_against_provider_component(wire: Wire, stubs: Stubs) {
    let engine = neorun::host::engine().unwrap();
    let provider = Component::new(&engine, guests::sink_provider()).unwrap();
    let service = ComponentService::new(&engine, &provider, &[ECHO]).unwrap();
    let client = Component::new(&engine, guests::sink_client()).unwrap();
    let (conn, server) = connect(wire, exports(service)).await;
    let checks = run_sink_client(&engine, &client, &conn, stubs).await;
    assert!(checks >= 100, "only {checks} checks");
    server.shutdown("done");
}

async fn client_against_native_handler(wire: Wire, stubs: Stubs) {
    let engine = neorun::host::engine().unwrap();
    let client = Component::new(&engine, guests::sink_client()).unwrap();
    let (conn, server) =
        connect(wire, exports(sink::echo::Server::new(sink::Echo::default()))).await;
    let checks = run_sink_client(&engine, &client, &conn, stubs).await;
    assert!(checks >= 100, "only {checks} checks");
    server.shutdown("done");
}

#[tokio::test]
async fn static_client_with_dynamic_server_over_the_channel() {
    client_against_provider_component(Wire::Channel, Stubs::Static).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn static_client_with_dynamic_server_over_tcp() {
    client_against_provider_component(Wire::Tcp, Stubs::Static).await;
}

#[tokio::test]
async fn dynamic_client_with_static_server_over_the_channel() {
    client_against_native_handler(Wire::Channel, Stubs::Dynamic).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dynamic_client_with_static_server_over_tcp() {
    client_against_native_handler(Wire::Tcp, Stubs::Dynamic).await;
}

#[tokio::test]
async fn static_client_with_static_server_over_the_channel() {
    client_against_native_handler(Wire::Channel, Stubs::Static).await;
}

#[tokio::test]
async fn imports_that_differ_from_the_compiled_wit_fall_back_to_dynamic_stubs() {
    let engine = neorun::host::engine().unwrap();
    let kv = InMemoryKv::new();
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let (conn, server) = connect(Wire::Channel, exports(neorun::kv::service(kv.clone()))).await;
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    let compiled: &dyn StaticInterface = &kv_changed::store::Stubs;
    bounded(builder.link_remote_static(INTERFACE, &conn, compiled)).await.unwrap();
    let mut built = builder.instantiate().await.unwrap();
    let Some(Link::RemoteDynamic { reason, .. }) = built.plan.link(INTERFACE) else {
        panic!("expected the dynamic fallback, plan:\n{}", built.plan);
    };
    assert!(reason.contains("keys"), "the reason names the differing function: {reason}");
    let client = Client::new(&mut built.store, &built.instance).unwrap();
    let checks = bounded(client.call_run(&mut built.store, Op::Selftest, 0)).await.unwrap();
    assert!(checks.unwrap() >= 30);
    server.shutdown("done");
}

/// The stubs compiled from the current kv WIT are chosen when the imports match.
#[tokio::test]
async fn matching_imports_use_the_static_stubs() {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let (conn, server) =
        connect(Wire::Channel, exports(neorun::kv::service(InMemoryKv::new()))).await;
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    let compiled: &dyn StaticInterface = &neorun::kv::remote::store::Stubs;
    bounded(builder.link_remote_static(INTERFACE, &conn, compiled)).await.unwrap();
    let mut built = builder.instantiate().await.unwrap();
    assert!(matches!(built.plan.link(INTERFACE), Some(Link::RemoteStatic { .. })));
    let client = Client::new(&mut built.store, &built.instance).unwrap();
    let checks = bounded(client.call_run(&mut built.store, Op::Selftest, 0)).await.unwrap();
    assert!(checks.unwrap() >= 30);
    server.shutdown("done");
}

/// For every function of the kitchen-sink interface (every WIT value type), arguments sampled
/// from many seeds go through the generated typed server (static decode, identity handler,
/// static encode) and through the dynamic `Val` codec: both give back the argument's exact
/// bytes, so static and dynamic encodings agree byte for byte.
#[tokio::test]
async fn static_and_dynamic_encodings_agree_byte_for_byte_for_every_sink_type() {
    use neorun::neopack::fuzzing::encode_sample;
    use neorun::neopack::{Decoder, Encoder, Limits};

    let server = sink::echo::Server::new(sink::Echo::default());
    let schema = sink::echo::schema();
    let mut checked = 0;
    for (index, f) in schema.functions.iter().enumerate() {
        if !f.name.starts_with("echo-") {
            continue;
        }
        let ty = &f.params[0].ty;
        for seed in 1..=64u64 {
            let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
            let mut args = Encoder::new();
            args.begin_record(1).unwrap();
            encode_sample(ty, &mut s, &mut args).unwrap();
            args.end_record().unwrap();
            let args = args.finish().unwrap().to_vec();
            let mut dec = Decoder::new(&args, Limits::default()).unwrap();
            dec.begin_record().unwrap();
            let value = dec.raw_value().unwrap().to_vec();

            let by_static = server.call(0, index, args.clone().into()).await.unwrap();
            assert_eq!(&by_static[..], &value[..], "static: {} seed {seed}", f.name);

            let vals = neorun::dynamic::decode_args(&args, f).unwrap();
            let mut enc = Encoder::new();
            neorun::dynamic::encode_result(&mut enc, f, &vals).unwrap();
            assert_eq!(enc.finish().unwrap(), &value[..], "dynamic: {} seed {seed}", f.name);
            checked += 1;
        }
    }
    assert_eq!(checked, 30 * 64, "every echo function, every seed");
}

/// The schema the macro compiled from WIT and the one the ledger reads from the guest's
/// component type have the same fingerprints, function by function.
#[test]
fn macro_fingerprints_equal_ledger_fingerprints() {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, guests::sink_client()).unwrap();
    let ledger = neorun::ledger::Ledger::new(&engine, &component);
    let imported = ledger.import(ECHO).expect("the sink client imports echo");
    let compiled = sink::echo::schema();
    assert_eq!(imported.functions().len(), compiled.functions.len(), "the client uses them all");
    for f in imported.functions() {
        let c = compiled.function(&f.name).unwrap();
        assert_eq!(f.fingerprint(), c.fingerprint(), "{}", f.name);
    }
    assert_eq!(imported.fingerprint(), compiled.fingerprint());
    assert!(imported.check_against(compiled).is_ok());
}
