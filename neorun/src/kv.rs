//! The in-memory key-value store: neorun's built-in system linkable.
//!
//! Its interface is `neorun:kv/store@0.1.0` (`neorun/wit/kv.wit`). The same [`InMemoryKv`] can
//! be linked into a guest locally ([`InMemoryKv::add_to_linker`], a typed host call) or served
//! to remote guests ([`KvService`]).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use wasmtime::AsContextMut;
use wasmtime::StoreContextMut;
use wasmtime::component::{Instance, Linker, TypedFunc};

use crate::host::Host;

/// Static stubs and the native server of `neorun:kv/store`, generated from `wit/kv.wit` by
/// `#[neorun::remote]`: [`remote::store::Stubs`] for `InstanceBuilder::link_remote_static`,
/// [`remote::store::Handler`] and [`remote::store::Server`] for serving.
#[neorun_macros::remote(path = "wit/kv.wit", world = "client", crate = crate)]
pub mod remote {}

pub use remote::Op;
pub use remote::store::{Entry, KvError};

/// The name of the interface the store implements.
pub const INTERFACE: &str = "neorun:kv/store@0.1.0";

/// The largest value the store accepts, in bytes.
pub const MAX_VALUE_LEN: usize = 1 << 20;

/// An in-memory key-value store, shareable between instances and connections.
///
/// Every successful `put` increments a store-wide revision and returns it; revisions start at 1.
#[derive(Debug, Default)]
pub struct InMemoryKv {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    map: BTreeMap<String, Entry>,
    revision: u64,
}

impl InMemoryKv {
    /// An empty store.
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the map half-updated: every mutation is a
        // single insert or remove. Keep serving.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The entry stored under `key`.
    pub fn get(&self, key: &str) -> Option<Entry> {
        self.state().map.get(key).cloned()
    }

    /// Stores `entry` under its key and returns the new revision.
    ///
    /// # Errors
    /// [`KvError::InvalidKey`] for an empty key, [`KvError::TooLarge`] for a value over
    /// [`MAX_VALUE_LEN`].
    pub fn put(&self, entry: Entry) -> Result<u64, KvError> {
        if entry.key.is_empty() {
            return Err(KvError::InvalidKey("empty key".into()));
        }
        if entry.value.len() > MAX_VALUE_LEN {
            return Err(KvError::TooLarge(MAX_VALUE_LEN as u64));
        }
        let mut state = self.state();
        state.revision += 1;
        state.map.insert(entry.key.clone(), entry);
        Ok(state.revision)
    }

    /// Removes the entry under `key`; true when there was one.
    pub fn delete(&self, key: &str) -> bool {
        self.state().map.remove(key).is_some()
    }

    /// The keys that start with `prefix`, sorted.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let state = self.state();
        state
            .map
            .range(prefix.to_owned()..)
            .take_while(|(k, _)| k.starts_with(prefix))
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.state().map.len()
    }

    /// True when the store holds nothing.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Links `neorun:kv/store` into `linker` as typed host functions served by the store that
    /// [`Host`] carries (see [`InstanceBuilder::link_kv`](crate::InstanceBuilder::link_kv)):
    /// the local call, the baseline every remote path is compared with.
    ///
    /// # Errors
    /// When the linker already defines the interface.
    pub fn add_to_linker(linker: &mut Linker<Host>) -> wasmtime::Result<()> {
        fn kv<'a>(store: &'a StoreContextMut<'_, Host>) -> wasmtime::Result<&'a InMemoryKv> {
            store.data().kv.as_deref().ok_or_else(|| {
                wasmtime::format_err!("{INTERFACE} is linked locally but the store has no kv state")
            })
        }
        let mut i = linker.instance(INTERFACE)?;
        i.func_wrap("noop", |_: StoreContextMut<'_, Host>, (): ()| Ok(()))?;
        i.func_wrap("get", |s: StoreContextMut<'_, Host>, (key,): (String,)| {
            Ok((kv(&s)?.get(&key),))
        })?;
        i.func_wrap("put", |s: StoreContextMut<'_, Host>, (e,): (Entry,)| Ok((kv(&s)?.put(e),)))?;
        i.func_wrap("delete", |s: StoreContextMut<'_, Host>, (key,): (String,)| {
            Ok((kv(&s)?.delete(&key),))
        })?;
        i.func_wrap("keys", |s: StoreContextMut<'_, Host>, (prefix,): (String,)| {
            Ok((kv(&s)?.keys(&prefix),))
        })?;
        Ok(())
    }
}

/// The export of the `client` world, typed: `run: func(op: op, n: u32) -> result<u64, string>`.
#[derive(Clone, Copy)]
pub struct Client {
    run: TypedFunc<(Op, u32), (Result<u64, String>,)>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").finish_non_exhaustive()
    }
}

impl Client {
    /// Looks up `run` in `instance`.
    ///
    /// # Errors
    /// When the instance has no `run` export of that type.
    pub fn new(store: impl AsContextMut, instance: &Instance) -> wasmtime::Result<Self> {
        Ok(Self { run: instance.get_typed_func(store, "run")? })
    }

    /// Calls `run(op, n)`.
    ///
    /// # Errors
    /// When the guest traps (for example because a remote import failed).
    pub async fn call_run<S: AsContextMut<Data = Host>>(
        &self,
        mut store: S,
        op: Op,
        n: u32,
    ) -> wasmtime::Result<Result<u64, String>> {
        Ok(self.run.call_async(&mut store, (op, n)).await?.0)
    }
}

/// Serves the store as a remote peer: a [`remote::store::Handler`].
impl remote::store::Handler for InMemoryKv {
    async fn noop(&self) {}

    async fn get(&self, key: String) -> Option<Entry> {
        InMemoryKv::get(self, &key)
    }

    async fn put(&self, e: Entry) -> Result<u64, KvError> {
        InMemoryKv::put(self, e)
    }

    async fn delete(&self, key: String) -> bool {
        InMemoryKv::delete(self, &key)
    }

    async fn keys(&self, prefix: String) -> Vec<String> {
        InMemoryKv::keys(self, &prefix)
    }
}

/// The store as a service for [`Exports`](crate::Exports): `neorun:kv/store@0.1.0`, arguments
/// decoded straight into typed values by the generated server.
pub type KvService = remote::store::Server<InMemoryKv>;

/// A service serving `kv`.
pub fn service(kv: Arc<InMemoryKv>) -> KvService {
    remote::store::Server::from_arc(kv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, len: usize) -> Entry {
        Entry { key: key.into(), value: vec![7; len], tags: vec!["t".into()], version: 1 }
    }

    #[test]
    fn put_returns_increasing_revisions_and_get_returns_the_entry() {
        let kv = InMemoryKv::new();
        assert_eq!(kv.put(entry("a", 3)), Ok(1));
        assert_eq!(kv.put(entry("b", 0)), Ok(2));
        assert_eq!(kv.get("a"), Some(entry("a", 3)));
        assert_eq!(kv.get("zz"), None);
    }

    #[test]
    fn put_refuses_empty_key_and_oversized_value_without_a_revision() {
        let kv = InMemoryKv::new();
        assert_eq!(kv.put(entry("", 1)), Err(KvError::InvalidKey("empty key".into())));
        assert_eq!(
            kv.put(entry("k", MAX_VALUE_LEN + 1)),
            Err(KvError::TooLarge(MAX_VALUE_LEN as u64))
        );
        assert_eq!(kv.put(entry("k", MAX_VALUE_LEN)), Ok(1));
    }

    #[test]
    fn keys_are_sorted_and_filtered_by_prefix() {
        let kv = InMemoryKv::new();
        for k in ["b/2", "a/1", "b/1", "c"] {
            kv.put(entry(k, 0)).unwrap();
        }
        assert_eq!(kv.keys("b/"), ["b/1", "b/2"]);
        assert_eq!(kv.keys(""), ["a/1", "b/1", "b/2", "c"]);
        assert!(kv.delete("c"));
        assert!(!kv.delete("c"));
        assert_eq!(kv.len(), 3);
    }
}
