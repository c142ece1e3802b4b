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

/// The identity of a verified certificate: the first DNS name among its subject alternative
/// names, else its subject's common name; `None` when it has neither or does not parse.
pub fn certificate_identity(cert: &CertificateDer<'_>) -> Option<String> {
    use x509_parser::extensions::GeneralName;
    let (_, cert) = x509_parser::parse_x509_certificate(cert.as_ref()).ok()?;
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        let dns = san.value.general_names.iter().find_map(|n| match n {
            GeneralName::DNSName(name) => Some((*name).to_owned()),
            _ => None,
        });
        if dns.is_some() {
            return dns;
        }
    }
    let cn = cert.subject().iter_common_name().next()?;
    cn.as_str().ok().map(str::to_owned)
}

/// The identity of the leaf of a verified chain (see [`certificate_identity`]).
pub(crate) fn chain_identity(chain: Option<&[CertificateDer<'_>]>) -> Option<String> {
    chain.and_then(|c| c.first()).and_then(certificate_identity)
}

/// Maps an I/O error from a handshake: rustls's own errors become
/// [`TransportError::Handshake`].
pub(crate) fn handshake_error(e: std::io::Error) -> TransportError {
    match e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        Some(tls) => TransportError::Handshake(tls.to_string()),
        None => TransportError::Io(e),
    }
}

#[cfg(test)]
mod tests {
    use rcgen::{CertificateParams, DnType, KeyPair};

    use super::*;

    fn cert(sans: &[&str], cn: Option<&str>) -> CertificateDer<'static> {
        let key = KeyPair::generate().unwrap();
        let mut params =
            CertificateParams::new(sans.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
                .unwrap();
        if let Some(cn) = cn {
            params.distinguished_name.push(DnType::CommonName, cn);
        }
        params.self_signed(&key).unwrap().der().clone()
    }

    #[test]
    fn identity_is_the_first_san_dns_name_else_the_common_name() {
        assert_eq!(certificate_identity(&cert(&["alice", "bob"], Some("carol"))).unwrap(), "alice");
        assert_eq!(certificate_identity(&cert(&["127.0.0.1", "dave"], None)).unwrap(), "dave");
        assert_eq!(certificate_identity(&cert(&[], Some("carol"))).unwrap(), "carol");
        assert_eq!(certificate_identity(&CertificateDer::from(vec![1, 2, 3])), None);
    }
}
