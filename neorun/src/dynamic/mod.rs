//! The dynamic path: calls through wasmtime's `Val`s, typed by the [ledger](crate::ledger).
//!
//! - [`encode_val`] / [`decode_val`] and the call-level helpers translate between `Val`s and
//!   neopack bytes, checked against a [`schema::Type`](neopack::schema::Type);
//! - [`link_dynamic`] registers one `func_new_async` stub per function of an imported
//!   interface, forwarding each call to a [`RemoteCaller`];
//! - [`call_export`] is the server side: it runs a component's exported function on
//!   argument bytes and encodes its result.
//!
//! This path works for any component whose types the ledger can express, at the cost of double
//! marshalling (guest memory → `Val` → bytes); the static stubs of `#[neorun::remote]` avoid it.

mod codec;
#[doc(hidden)]
pub mod fuzzing;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures::future::BoxFuture;
use neopack::schema::Function;
use neopack::{DecodeError, EncodeError, Encoder, Limits};
use wasmtime::AsContextMut;
use wasmtime::component::{Func, Instance, LinkerInstance, Val};

use crate::ledger::LedgerInterface;
use crate::rpc::{CallError, CallFailure};

pub use codec::{
    decode_args, decode_args_with, decode_results, decode_results_with, decode_val, encode_args,
    encode_result, encode_val,
};

/// Why a `Val` could not be encoded or bytes could not be decoded against a schema type.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum DynError {
    /// The value's kind differs from the type's.
    #[error("value does not match type: expected `{expected}`, found {found}")]
    Mismatch {
        /// The expected type, rendered.
        expected: String,
        /// The kind of value found (`u32`, `record`, …).
        found: &'static str,
    },
    /// A variant case, enum case or flag name the type does not declare.
    #[error("unknown {what} `{name}` in `{ty}`")]
    UnknownName {
        /// `case`, `enum case` or `flag`.
        what: &'static str,
        /// The name found.
        name: String,
        /// The type, rendered.
        ty: String,
    },
    /// A record field name differs from the type's field at the same position.
    #[error("expected record field `{expected}`, found `{found}`")]
    FieldName {
        /// The type's field name.
        expected: String,
        /// The value's field name.
        found: String,
    },
    /// A wrong number of record fields, tuple elements, arguments or results.
    #[error("expected {expected} values, found {found}")]
    Arity {
        /// The number the type or function declares.
        expected: usize,
        /// The number found.
        found: usize,
    },
    /// A payload present where the case or result arm has no type, or missing where it has one.
    #[error("case `{case}`: {}", if *.expected { "payload missing" } else { "unexpected payload" })]
    Payload {
        /// The case name, or `ok` / `err`.
        case: String,
        /// Whether the type has a payload.
        expected: bool,
    },
    /// A schema type this codec does not know.
    #[error("unsupported type `{0}`")]
    UnsupportedType(String),
    /// The encoder refused a write.
    #[error("encoding failed: {0}")]
    Encode(#[from] EncodeError),
    /// The bytes are not a valid value of the type; the error carries the offset.
    #[error("malformed value: {0}")]
    Decode(#[from] DecodeError),
}

/// The transport side of a dynamic stub: sends one call's encoded arguments to wherever the
/// interface is served and returns the encoded result.
///
/// The RPC layer implements this for a bound connection; tests implement it with a closure.
pub trait RemoteCaller: Send + Sync + 'static {
    /// Calls function `func` — the index in [`LedgerInterface::functions`] of the interface the
    /// stub was linked for — with `args`, the parameters record ([`encode_args`]).
    ///
    /// Resolves to the result message ([`encode_result`]), or to the call's error, which names
    /// the interface, the function and what happened.
    fn call(
        &self,
        func: usize,
        args: Vec<u8>,
    ) -> BoxFuture<'static, Result<bytes::Bytes, CallError>>;

    /// Calls function `func` with arguments the stub writes itself: `encode` writes the
    /// parameters record into the encoder it is given, which may already hold the start of a
    /// frame around it. The bytes come from the codec of the function's own type and the stub
    /// decodes the reply against the result type, so an implementation need not check either
    /// against the schema.
    ///
    /// The default encodes into a buffer of `size_hint` bytes and calls [`RemoteCaller::call`];
    /// the RPC layer encodes straight into the call frame it sends.
    ///
    /// # Errors
    /// [`CallFailure::Rejected`] (the call is not sent) when the arguments cannot be encoded.
    fn call_encoded(
        &self,
        func: usize,
        size_hint: usize,
        encode: &mut dyn FnMut(&mut Encoder) -> Result<(), DynError>,
    ) -> Result<BoxFuture<'static, Result<bytes::Bytes, CallError>>, CallFailure> {
        let mut enc = Encoder::with_buffer(Vec::with_capacity(size_hint));
        encode(&mut enc).and_then(|()| Ok(enc.finish().map(<[u8]>::len)?)).map_err(|e| {
            CallFailure::Rejected { reason: format!("cannot encode the arguments: {e}") }
        })?;
        Ok(self.call(func, enc.into_bytes()))
    }
}

/// One registered stub: everything a call needs, shared by every call.
struct Stub {
    /// The interface name ([`WORLD`](crate::ledger::WORLD) for a world-level import).
    interface: String,
    index: usize,
    func: Function,
    caller: Arc<dyn RemoteCaller>,
    /// The size of the last arguments message: the next buffer's initial capacity.
    size_hint: AtomicUsize,
}

impl Stub {
    /// The guest's trap for `kind`: a [`CallError`] naming the interface and function.
    fn fail(&self, kind: CallFailure) -> wasmtime::Error {
        wasmtime::Error::new(CallError::new(&self.interface, &self.func.name, kind))
    }

    /// Starts the call: the caller gets the parameters record written by the typed codec of
    /// the function's own type (see [`RemoteCaller::call_encoded`]).
    fn start(
        &self,
        params: &[Val],
    ) -> wasmtime::Result<BoxFuture<'static, Result<bytes::Bytes, CallError>>> {
        let hint = self.size_hint.load(Ordering::Relaxed);
        let mut encode = |enc: &mut Encoder| {
            let start = enc.len();
            encode_args(enc, &self.func, params)?;
            self.size_hint.store(enc.len() - start, Ordering::Relaxed);
            Ok(())
        };
        self.caller.call_encoded(self.index, hint, &mut encode).map_err(|kind| self.fail(kind))
    }
}

fn label(iface: &LedgerInterface, func: &str) -> String {
    if iface.is_world() { func.to_owned() } else { format!("{}#{func}", iface.name()) }
}

/// Registers a dynamic stub for every supported function of `iface` into `instance` (the
/// linker instance named like the interface, or the linker's root for the world's own functions,
/// [`WORLD`](crate::ledger::WORLD)).
///
/// A call encodes its arguments against the ledger type, awaits `caller`, and decodes the reply
/// against the ledger type into the guest's results. Any failure — arguments that do not match,
/// the caller's error, a malformed reply — traps the guest with a
/// [`CallError`] naming the interface, the function and the cause
/// (`wasmtime::Error::downcast_ref` finds it); the host never panics.
///
/// Unsupported functions and the interface's resources are not registered: after linking,
/// `Linker::define_unknown_imports_as_traps` can stub them so the component still instantiates.
/// Stubs are async, so the component must be instantiated with `instantiate_async` and called
/// with `call_async`.
///
/// # Errors
///
/// A function of that name is already defined in `instance`.
pub fn link_dynamic<T: Send + 'static>(
    instance: &mut LinkerInstance<'_, T>,
    iface: &LedgerInterface,
    caller: Arc<dyn RemoteCaller>,
) -> wasmtime::Result<()> {
    for (index, func) in iface.functions().iter().enumerate() {
        let stub = Arc::new(Stub {
            interface: iface.name().to_owned(),
            index,
            func: func.clone(),
            caller: Arc::clone(&caller),
            size_hint: AtomicUsize::new(64),
        });
        instance.func_new_async(&func.name, move |_store, _ty, params, results| {
            let stub = Arc::clone(&stub);
            let call = stub.start(params);
            Box::new(async move {
                // The typed decode checks the reply against the result type: no walk before it.
                let reply = call?.await.map_err(wasmtime::Error::new)?;
                decode_results(&reply, &stub.func, results)
                    .map_err(|e| stub.fail(CallFailure::Malformed { detail: e.to_string() }))
            })
        })?;
    }
    Ok(())
}

/// Why [`call_export`] or [`call_func`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportCallError {
    /// The ledger has no function at that index, or the instance does not export it.
    #[error("`{interface}` exports no function `{function}`")]
    NoSuchFunction {
        /// The interface name ([`WORLD`](crate::ledger::WORLD) for world-level exports).
        interface: String,
        /// The function name, or its index when the ledger has none there.
        function: String,
    },
    /// The argument bytes are not the function's parameters record.
    #[error("`{function}`: bad arguments: {source}")]
    Args {
        /// `interface#function`.
        function: String,
        /// What is wrong with them.
        source: DynError,
    },
    /// The guest trapped or wasmtime refused the call.
    #[error("`{function}`: guest call failed: {source}")]
    Guest {
        /// `interface#function`.
        function: String,
        /// wasmtime's error.
        #[source]
        source: wasmtime::Error,
    },
    /// The guest's results could not be encoded.
    #[error("`{function}`: encoding results: {source}")]
    Results {
        /// `interface#function`.
        function: String,
        /// What went wrong.
        source: DynError,
    },
}

/// Calls function `func` (an index into `iface.functions()`) of the exported interface `iface`
/// of `instance` with the parameters record `args`, and appends the result message
/// ([`encode_result`]) to `out` (which is not finished: the caller frames it).
///
/// The arguments are decoded against the ledger type with `limits`; the guest runs with
/// `call_async`. On error `out` may hold a partial value: clear it.
///
/// # Errors
///
/// See [`ExportCallError`].
pub async fn call_export(
    mut store: impl AsContextMut<Data: Send>,
    instance: &Instance,
    iface: &LedgerInterface,
    func: usize,
    args: &[u8],
    limits: Limits,
    out: &mut Encoder,
) -> Result<(), ExportCallError> {
    let guest_func = find_export(&mut store, instance, iface, func)?;
    call_func(store, guest_func, iface, func, args, limits, out).await
}

/// Looks up function `func` of the exported interface `iface` in `instance`, once, for
/// [`call_func`].
///
/// # Errors
/// [`ExportCallError::NoSuchFunction`] when the ledger has no such function or the instance does not
/// export it.
pub fn find_export(
    mut store: impl AsContextMut,
    instance: &Instance,
    iface: &LedgerInterface,
    func: usize,
) -> Result<Func, ExportCallError> {
    let missing = |function: String| ExportCallError::NoSuchFunction {
        interface: iface.name().to_owned(),
        function,
    };
    let f = iface.functions().get(func).ok_or_else(|| missing(format!("#{func}")))?;
    let parent = if iface.is_world() {
        None
    } else {
        Some(
            instance
                .get_export_index(&mut store, None, iface.name())
                .ok_or_else(|| missing(f.name.clone()))?,
        )
    };
    instance
        .get_export_index(&mut store, parent.as_ref(), &f.name)
        .and_then(|idx| instance.get_func(&mut store, idx))
        .ok_or_else(|| missing(f.name.clone()))
}

/// Runs `guest_func` (function `func` of `iface`, found with [`find_export`]) on `args`, the
/// parameters record, and appends its result value to `out` without finishing it.
///
/// # Errors
/// [`ExportCallError::Args`] for arguments that do not fit the function's parameters,
/// [`ExportCallError::Guest`] when the guest traps, [`ExportCallError::Results`] when its results do not fit.
pub async fn call_func(
    mut store: impl AsContextMut<Data: Send>,
    guest_func: Func,
    iface: &LedgerInterface,
    func: usize,
    args: &[u8],
    limits: Limits,
    out: &mut Encoder,
) -> Result<(), ExportCallError> {
    let f = iface.functions().get(func).ok_or_else(|| ExportCallError::NoSuchFunction {
        interface: iface.name().to_owned(),
        function: format!("#{func}"),
    })?;
    let params = codec::decode_args_with(args, f, limits)
        .map_err(|source| ExportCallError::Args { function: label(iface, &f.name), source })?;
    let mut results = vec![Val::Bool(false); usize::from(f.result.is_some())];
    guest_func
        .call_async(&mut store, &params, &mut results)
        .await
        .map_err(|source| ExportCallError::Guest { function: label(iface, &f.name), source })?;
    encode_result(out, f, &results)
        .map_err(|source| ExportCallError::Results { function: label(iface, &f.name), source })
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use neopack::schema::Type;

    /// Keeps the arguments of the last call and fails it.
    #[derive(Default)]
    struct Recorder(Mutex<Option<Vec<u8>>>);

    impl RemoteCaller for Recorder {
        fn call(
            &self,
            _: usize,
            args: Vec<u8>,
        ) -> BoxFuture<'static, Result<bytes::Bytes, CallError>> {
            *self.0.lock().unwrap() = Some(args);
            let err = CallError::new("a:b/c", "f", CallFailure::Rejected { reason: "test".into() });
            Box::pin(async move { Err(err) })
        }
    }

    fn stub(func: Function) -> (Stub, Arc<Recorder>) {
        let caller = Arc::new(Recorder::default());
        let stub = Stub {
            interface: "a:b/c".to_owned(),
            index: 0,
            func,
            caller: caller.clone(),
            size_hint: AtomicUsize::new(0),
        };
        (stub, caller)
    }

    #[test]
    fn stub_encodes_the_params_record_and_remembers_its_size() {
        let (s, caller) = stub(Function::new("f", [("x", Type::U8), ("y", Type::String)], None));
        let _call = s.start(&[Val::U8(7), Val::String("hi".into())]).unwrap();
        let bytes = caller.0.lock().unwrap().take().expect("the call was made");
        let mut enc = Encoder::new();
        enc.begin_record(2).unwrap();
        enc.u8(7).unwrap();
        enc.str("hi").unwrap();
        enc.end_record().unwrap();
        assert_eq!(bytes, enc.finish().unwrap());
        assert_eq!(s.size_hint.load(Ordering::Relaxed), bytes.len());
    }

    #[test]
    fn stub_argument_mismatch_names_the_function_and_the_cause_and_sends_nothing() {
        let (s, caller) = stub(Function::new("f", [("x", Type::U8)], None));
        let err = s.start(&[Val::U16(7)]).err().expect("a u16 is not a u8");
        assert_eq!(
            err.to_string(),
            "interface `a:b/c`, function `f`: not sent: cannot encode the arguments: value does \
             not match type: expected `u8`, found u16"
        );
        assert!(err.downcast_ref::<CallError>().is_some_and(|e| !e.may_have_executed()));
        assert!(caller.0.lock().unwrap().is_none());
    }
}
