//! rustls configurations for the TLS and QUIC transports, always with the `ring` provider.
//!
//! Both sides verify certificates against explicit roots; there is no platform trust store.
//! A server built with `client_roots` demands a client certificate issued by one of them
//! (mutual TLS) and refuses a client that has none or another one.

use std::sync::Arc;

use rustls::crypto::CryptoProvider;
use rustls::server::WebPkiClientVerifier;
use rustls::{ClientConfig, RootCertStore, ServerConfig};

pub use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use super::TransportError;

/// A certificate chain (leaf first) and its private key.
#[derive(Debug)]
pub struct Identity {
    /// The chain, leaf first.
    pub cert_chain: Vec<CertificateDer<'static>>,
    /// The private key of the leaf.
    pub key: PrivateKeyDer<'static>,
}

impl Clone for Identity {
    fn clone(&self) -> Self {
        Self { cert_chain: self.cert_chain.clone(), key: self.key.clone_key() }
    }
}

fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn tls_error(e: impl std::fmt::Display) -> TransportError {
    TransportError::Handshake(e.to_string())
}

fn root_store(roots: Vec<CertificateDer<'static>>) -> Result<RootCertStore, TransportError> {
    let mut store = RootCertStore::empty();
    for cert in roots {
        store.add(cert).map_err(tls_error)?;
    }
    Ok(store)
}

/// A client configuration that trusts `roots` and, for mutual TLS, presents `identity`.
///
/// # Errors
/// A root or the identity is not a usable certificate or key ([`TransportError::Handshake`]).
pub fn client_config(
    roots: Vec<CertificateDer<'static>>,
    identity: Option<Identity>,
) -> Result<ClientConfig, TransportError> {
    let builder = ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?
        .with_root_certificates(root_store(roots)?);
    match identity {
        Some(id) => builder.with_client_auth_cert(id.cert_chain, id.key).map_err(tls_error),
        None => Ok(builder.with_no_client_auth()),
    }
}

/// A server configuration presenting `identity`; with `client_roots`, clients must present a
/// certificate issued by one of them.
///
/// # Errors
/// A root or the identity is not a usable certificate or key ([`TransportError::Handshake`]).
pub fn server_config(
    identity: Identity,
    client_roots: Option<Vec<CertificateDer<'static>>>,
) -> Result<ServerConfig, TransportError> {
    let provider = provider();
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(tls_error)?;
    let builder = match client_roots {
        Some(roots) => {
            let verifier =
                WebPkiClientVerifier::builder_with_provider(Arc::new(root_store(roots)?), provider)
                    .build()
                    .map_err(tls_error)?;
            builder.with_client_cert_verifier(verifier)
        }
        None => builder.with_no_client_auth(),
    };
    builder.with_single_cert(identity.cert_chain, identity.key).map_err(tls_error)
}

/// Maps an I/O error from a handshake: rustls's own errors become
/// [`TransportError::Handshake`].
pub(crate) fn handshake_error(e: std::io::Error) -> TransportError {
    match e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        Some(tls) => TransportError::Handshake(tls.to_string()),
        None => TransportError::Io(e),
    }
}
