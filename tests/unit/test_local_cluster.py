"""deployments/local_cluster.py without a cluster: the ports a direct-ingress config is given."""

from __future__ import annotations

import copy

import yaml

from deployments import local_cluster

DIRECT_INGRESS = """
controller_options:
  runtime_env:
    env_vars: &direct_ingress
      RAY_SERVE_ENABLE_DIRECT_INGRESS: "1"
      RAY_SERVE_ENABLE_HA_PROXY: "1"
applications:
  - name: imprimatur
    import_path: deployments.app:build_app
    runtime_env:
      env_vars: *direct_ingress
"""


def test_haproxy_gets_free_ports_and_the_application_env_is_left_alone():
    config = yaml.safe_load(DIRECT_INGRESS)
    app_env = copy.deepcopy(config["applications"][0]["runtime_env"])
    local_cluster._private_haproxy_ports(config)
    env_vars = config["controller_options"]["runtime_env"]["env_vars"]
    ports = [int(env_vars[name]) for name in local_cluster.HAPROXY_PORT_VARIABLES]
    assert len(set(ports)) == 3 and all(port > 0 for port in ports)
    assert env_vars["RAY_SERVE_ENABLE_HA_PROXY"] == "1"
    # the alias shared the mapping: the application's env must not change (a redeploy of the
    # same config would otherwise replace every replica)
    assert config["applications"][0]["runtime_env"] == app_env


def test_ports_set_in_the_config_are_kept():
    config = yaml.safe_load(DIRECT_INGRESS)
    config["controller_options"]["runtime_env"]["env_vars"] = {
        "RAY_SERVE_ENABLE_HA_PROXY": "1",
        "RAY_SERVE_HAPROXY_STATS_PORT": "18404",
    }
    local_cluster._private_haproxy_ports(config)
    assert config["controller_options"]["runtime_env"]["env_vars"][
        "RAY_SERVE_HAPROXY_STATS_PORT"
    ] == ("18404")


def test_without_haproxy_nothing_is_added():
    config = local_cluster.load_config()  # config/local.yaml: direct ingress off
    before = copy.deepcopy(config)
    local_cluster._private_haproxy_ports(config)
    assert config == before
