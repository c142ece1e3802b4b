//! Functions with more parameters than Rust's and wasmtime's trait impls cover: 13 (typed
//! path), 17 (wasmtime's typed limit) and 20 (a `Val`-based stub in the generated
//! `add_to_linker`), called by a real component through the static stubs and through the
//! dynamic stubs, served by a generated `Server`.
#![allow(clippy::type_complexity)] // the large tuples are the point

use std::sync::Arc;

use neorun::InstanceBuilder;
use neorun::rpc::{ClientConfig, Connection, ServerConfig, Service, serve_connection};
use neorun::transport::channel;
use wasmtime::component::{Component, Val};

#[neorun_macros::remote(path = "tests/fixtures/many-params.wit", world = "many-params")]
mod many {
    pub(crate) struct Wide;

    impl wide::Handler for Wide {
        async fn thirteen(
            &self,
            a: u8,
            b: u16,
            c: u32,
            d: u64,
            e: i8,
            f: i16,
            g: i32,
            h: i64,
            i: f32,
            j: f64,
            k: char,
            l: String,
            m: bool,
        ) -> u32 {
            let ints = u64::from(a) + u64::from(b) + u64::from(c) + d;
            let signed = i64::from(e) + i64::from(f) + i64::from(g) + h;
            let floats = f64::from(i) + j;
            (ints as i64 + signed + floats as i64) as u32 + k as u32 + l.len() as u32 + u32::from(m)
        }
        async fn seventeen(
            &self,
            a: u32,
            b: u32,
            c: u32,
            d: u32,
            e: u32,
            f: u32,
            g: u32,
            h: u32,
            i: u32,
            j: u32,
            k: u32,
            l: u32,
            m: u32,
            n: u32,
            o: u32,
            p: u32,
            q: String,
        ) -> String {
            let sum = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p].iter().sum::<u32>();
            format!("{q}:{sum}")
        }
        async fn twenty(
            &self,
            a: u32,
            b: u32,
            c: u32,
            d: u32,
            e: u32,
            f: u32,
            g: u32,
            h: u32,
            i: u32,
            j: u32,
            k: u32,
            l: u32,
            m: u32,
            n: u32,
            o: u32,
            p: u32,
            q: u32,
            r: u32,
            s: u32,
            t: Vec<String>,
        ) -> u64 {
            let ints = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s];
            // Positional weights: a parameter out of place changes the answer.
            let weighted: u64 =
                ints.iter().enumerate().map(|(w, v)| (w as u64 + 1) * u64::from(*v)).sum();
            weighted * 1000 + t.iter().map(|s| s.len() as u64).sum::<u64>()
        }
        async fn tuple_thirteen(
            &self,
            t: (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, String),
        ) -> (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, String) {
            (t.11, t.10, t.9, t.8, t.7, t.6, t.5, t.4, t.3, t.2, t.1, t.0, t.12.to_uppercase())
        }
        async fn tuple_seventeen(
            &self,
        ) -> (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8) {
            (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)
        }
    }
}

const WIDE: &str = include_str!("../components/wide.wat");
const IFACE: &str = "fixtures:many-params/wide";

/// Instantiates the component with `wide` served by a generated server over the in-process
/// channel, through the static stubs (`static_stubs`) or the dynamic ones.
async fn instantiate(static_stubs: bool) -> neorun::Built {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, WIDE).unwrap();
    let (client, server) = channel::pair(1 << 20);
    let service: Arc<dyn Service> = Arc::new(many::wide::Server::new(many::Wide));
    tokio::spawn(serve_connection(server, service, ServerConfig::default()));
    let conn = Connection::over(client, ClientConfig::default()).unwrap();
    let mut b = InstanceBuilder::new(&engine, &component).unwrap();
    if static_stubs {
        b.link_remote_static(IFACE, &conn, &many::wide::Stubs).await.unwrap();
    } else {
        b.link_remote_dynamic(IFACE, &conn).await.unwrap();
    }
    b.instantiate().await.unwrap()
}

async fn call(built: &mut neorun::Built, name: &str, args: &[Val]) -> Val {
    let f = built.instance.get_func(&mut built.store, name).unwrap();
    let mut out = [Val::Bool(false)];
    f.call_async(&mut built.store, args, &mut out).await.unwrap();
    out[0].clone()
}

#[tokio::test(flavor = "current_thread")]
async fn thirteen_seventeen_and_twenty_parameters_cross_both_stub_paths() {
    for static_stubs in [true, false] {
        let mut built = instantiate(static_stubs).await;
        let link = built.plan.link(IFACE).unwrap().clone();
        assert!(matches!(link, neorun::Link::RemoteStatic { .. }) == static_stubs, "{link:?}");

        let thirteen = [
            Val::U8(1),
            Val::U16(2),
            Val::U32(3),
            Val::U64(4),
            Val::S8(-5),
            Val::S16(6),
            Val::S32(-7),
            Val::S64(8),
            Val::Float32(9.5),
            Val::Float64(10.5),
            Val::Char('A'),
            Val::String("four".into()),
            Val::Bool(true),
        ];
        // 1+2+3+4 -5+6-7+8 +20 +65 +4 +1
        assert_eq!(call(&mut built, "thirteen", &thirteen).await, Val::U32(102));

        let mut seventeen: Vec<Val> = (1..=16).map(Val::U32).collect();
        seventeen.push(Val::String("sum".into()));
        assert_eq!(call(&mut built, "seventeen", &seventeen).await, Val::String("sum:136".into()));

        let mut twenty: Vec<Val> = (1..=19).map(Val::U32).collect();
        twenty.push(Val::List(vec![Val::String("ab".into()), Val::String("cde".into())]));
        let weighted: u64 = (1..=19u64).map(|v| v * v).sum();
        assert_eq!(call(&mut built, "twenty", &twenty).await, Val::U64(weighted * 1000 + 5));
    }
}

#[test]
fn tuples_of_thirteen_and_seventeen_members_round_trip_through_the_generated_server() {
    use neopack::Limits;
    use neopack::codec::{from_slice, to_vec};
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let (client, server) = channel::pair(1 << 20);
        let service: Arc<dyn Service> = Arc::new(many::wide::Server::new(many::Wide));
        tokio::spawn(serve_connection(server, service, ServerConfig::default()));
        let conn = Connection::over(client, ClientConfig::default()).unwrap();
        let binding = conn.bind(many::wide::schema()).await.unwrap();
        let t = (1u8, 2u8, 3u8, 4u8, 5u8, 6u8, 7u8, 8u8, 9u8, 10u8, 11u8, 12u8, String::from("x"));
        let args = to_vec(&(&t,)).unwrap();
        let reply = binding.call(3, &args, None).await.unwrap();
        let back: (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, String) =
            from_slice(&reply, Limits::default()).unwrap();
        assert_eq!((back.0, back.11, back.12.as_str()), (12, 1, "X"));
        let reply = binding.call(4, &to_vec(&()).unwrap_or_default(), None).await;
        // `()` is not the empty parameter record: the server says so instead of guessing.
        assert!(reply.is_err());
        let mut empty = neopack::Encoder::new();
        empty.begin_record(0).unwrap();
        empty.end_record().unwrap();
        let reply = binding.call(4, empty.finish().unwrap(), None).await.unwrap();
        let back: (u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8, u8) =
            from_slice(&reply, Limits::default()).unwrap();
        assert_eq!((back.0, back.16), (0, 16));
    });
}

#[tokio::test(flavor = "current_thread")]
async fn the_typed_client_calls_a_twenty_parameter_function() {
    let (client, server) = channel::pair(1 << 20);
    let service: Arc<dyn Service> = Arc::new(many::wide::Server::new(many::Wide));
    tokio::spawn(serve_connection(server, service, ServerConfig::default()));
    let conn = Connection::over(client, ClientConfig::default()).unwrap();
    let wide = many::wide::Client::bind(&conn).await.unwrap();
    let out = wide
        .twenty(
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            18,
            19,
            vec!["xyz".into()],
        )
        .await
        .unwrap();
    let weighted: u64 = (1..=19u64).map(|v| v * v).sum();
    assert_eq!(out, weighted * 1000 + 3);
    let t = wide.tuple_seventeen().await.unwrap();
    assert_eq!((t.0, t.16), (0, 16));
}
