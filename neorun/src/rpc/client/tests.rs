//! What a call checks: the trusted path of the stubs skips the schema walks, and malformed
//! bytes from the peer are still rejected by whoever reads them.

use std::sync::Arc;

use bytes::Bytes;
use futures::future::BoxFuture;
use neopack::schema::{Function, Interface, Type};
use neopack::{Encoder, Limits};

use crate::rpc::session::{ClientConfig, ServerConfig};
use crate::rpc::{CallError, CallFailure, Connection, Failure, Service, serve_connection};
use crate::transport::channel;

fn iface() -> Interface {
    Interface::new("test:checks/api", vec![Function::new("f", [("x", Type::U32)], Some(Type::U32))])
}

/// Answers every call with the same bytes (a server that does not check its results).
struct Liar(Interface, Bytes);

impl Service for Liar {
    fn interfaces(&self) -> &[Interface] {
        std::slice::from_ref(&self.0)
    }
    fn call(&self, _: usize, _: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let b = self.1.clone();
        Box::pin(async move { Ok(b) })
    }
}

/// A binding of [`iface`] on a connection to a server answering `reply` to everything.
async fn bound(reply: &[u8], config: ClientConfig) -> crate::rpc::Binding {
    let (client, server) = channel::pair(1 << 20);
    let liar = Arc::new(Liar(iface(), Bytes::copy_from_slice(reply)));
    let server_config = ServerConfig { validate_results: false, ..ServerConfig::default() };
    tokio::spawn(serve_connection(server, liar, server_config));
    let conn = Connection::over(client, config).unwrap();
    conn.bind(&iface()).await.unwrap()
}

fn args(x: u32) -> Vec<u8> {
    neopack::codec::to_vec(&(x,)).unwrap()
}

/// A `u64` where `f` returns a `u32`.
fn lie() -> Vec<u8> {
    neopack::codec::to_vec(&7u64).unwrap()
}

#[tokio::test(flavor = "current_thread")]
async fn a_checked_call_rejects_a_result_of_the_wrong_type() {
    let b = bound(&lie(), ClientConfig::default()).await;
    match b.call(0, &args(1), None).await {
        Err(CallError { function, kind: CallFailure::Malformed { .. }, .. }) => {
            assert_eq!(function, "f");
        }
        other => panic!("expected a malformed reply, got {other:?}"),
    }
}

#[tokio::test(flavor = "current_thread")]
async fn a_trusted_call_leaves_the_result_to_the_typed_decoder_which_rejects_it() {
    let b = bound(&lie(), ClientConfig::default()).await;
    let call = b.call_encoded(0, |enc: &mut Encoder| {
        enc.begin_record(1)?;
        enc.u32(1)?;
        enc.end_record()
    });
    let bytes = call.unwrap().await.unwrap();
    assert_eq!(bytes, lie(), "no schema walk on the trusted path");
    assert!(neopack::codec::from_slice::<u32>(&bytes, Limits::default()).is_err());
    let f = &iface().functions[0];
    let mut results = [wasmtime::component::Val::Bool(false)];
    assert!(crate::dynamic::decode_results(&bytes, f, &mut results).is_err());
}

#[tokio::test(flavor = "current_thread")]
async fn a_trusted_call_refuses_an_encoder_that_wrote_two_values() {
    let b = bound(&args(0), ClientConfig::default()).await;
    let call = b.call_encoded(0, |enc: &mut Encoder| {
        enc.begin_record(0)?;
        enc.end_record()?;
        enc.u8(1)
    });
    assert!(call.is_err());
}

#[tokio::test(flavor = "current_thread")]
async fn caller_bytes_are_checked_against_the_schema_or_at_least_walked() {
    let b = bound(&neopack::codec::to_vec(&5u32).unwrap(), ClientConfig::default()).await;
    assert_eq!(b.call(0, &args(1), None).await.unwrap(), neopack::codec::to_vec(&5u32).unwrap());
    // Well-formed, but a string where the record holds a u32: the schema check refuses it.
    let wrong = neopack::codec::to_vec(&("x",)).unwrap();
    assert!(matches!(
        b.call(0, &wrong, None).await,
        Err(CallError { kind: CallFailure::Rejected { .. }, .. })
    ));

    let unchecked = ClientConfig { validate_args: false, ..ClientConfig::default() };
    let b = bound(&neopack::codec::to_vec(&5u32).unwrap(), unchecked).await;
    // Without the schema check, bytes that are not one value are still never framed.
    let mut cut = args(1);
    cut.pop();
    assert!(matches!(
        b.call(0, &cut, None).await,
        Err(CallError { kind: CallFailure::Rejected { .. }, .. })
    ));
}
