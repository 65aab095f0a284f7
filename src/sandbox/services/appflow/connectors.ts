/** AppFlow connectors: register, describe, list and unregister custom connectors; describe vended ones. */
import { AwsError } from "../../errors";
import { epochSeconds } from "../../ids";
import type { Operation, SandboxContext } from "../../operation";
import { vendedConfiguration } from "./catalog";
import { appflowOperation, appflowPage, CONNECTOR_TYPES, CONNECTORS, notFound, PROFILES, type ConnectorProfile, type RegisteredConnector } from "./shared";

const connectors = (ctx: SandboxContext) => ctx.store.collection<RegisteredConnector>(CONNECTORS);

function registered(ctx: SandboxContext, label: string): RegisteredConnector {
  const connector = connectors(ctx)[label];
  if (!connector) throw notFound("custom connector");
  return connector;
}

/** A registered connector as ListConnectors and DescribeConnectors list it (ConnectorDetail). */
const detail = (c: RegisteredConnector) => ({
  connectorType: "CustomConnector",
  connectorLabel: c.connectorLabel,
  connectorName: c.connectorLabel,
  ...(c.connectorDescription ? { connectorDescription: c.connectorDescription } : {}),
  connectorProvisioningType: c.connectorProvisioningType,
  registeredAt: c.registeredAt,
  connectorModes: ["SOURCE", "DESTINATION"],
  supportedDataTransferTypes: ["RECORD"],
});

/** A registered connector as DescribeConnector describes it (ConnectorConfiguration). */
const configuration = (c: RegisteredConnector) => ({
  ...vendedConfiguration("CustomConnector"),
  connectorLabel: c.connectorLabel,
  ...(c.connectorDescription ? { connectorDescription: c.connectorDescription } : {}),
  connectorArn: c.connectorArn,
  connectorProvisioningType: c.connectorProvisioningType,
  ...(c.lambdaArn ? { connectorProvisioningConfig: { lambda: { lambdaArn: c.lambdaArn } } } : {}),
  registeredAt: c.registeredAt,
  connectorModes: ["SOURCE", "DESTINATION"],
});

const registerConnector: Operation = {
  ...appflowOperation("RegisterConnector", [
    // Optional in the model, but AWS cannot register a connector without its label and Lambda.
    { path: "connectorLabel", required: true },
    { path: "connectorProvisioningType", required: true },
    { path: "connectorProvisioningConfig", required: true },
    { path: "connectorProvisioningConfig.lambda", required: true },
    { path: "connectorProvisioningConfig.lambda.lambdaArn", required: true },
    { path: "connectorProvisioningConfig.lambda.lambdaArn", arn: "lambda" },
  ]),
  mutates: true,
  handle(input, ctx) {
    if (connectors(ctx)[input.connectorLabel]) throw new AwsError("ConflictException", "A connector with this label is already registered.");
    const arn = `arn:aws:appflow:${ctx.region}:${ctx.accountId}:connector/${input.connectorLabel}`;
    connectors(ctx)[input.connectorLabel] = {
      connectorArn: arn,
      connectorLabel: input.connectorLabel,
      ...(input.description ? { connectorDescription: input.description } : {}),
      connectorProvisioningType: input.connectorProvisioningType,
      lambdaArn: input.connectorProvisioningConfig.lambda.lambdaArn,
      registeredAt: epochSeconds(ctx.now()),
    };
    return { connectorArn: arn };
  },
};

const describeConnector: Operation = {
  ...appflowOperation("DescribeConnector", [
    // "Only needed if calling for CUSTOMCONNECTOR connector type", says the model: then it is needed.
    { path: "connectorLabel", required: true, when: { path: "connectorType", is: ["CustomConnector"] } },
  ]),
  mutates: false,
  handle(input, ctx) {
    const connectorConfiguration = input.connectorType === "CustomConnector" ? configuration(registered(ctx, input.connectorLabel)) : vendedConfiguration(input.connectorType);
    return { connectorConfiguration };
  },
};

const listConnectors: Operation = {
  ...appflowOperation("ListConnectors"),
  mutates: false,
  handle(input, ctx) {
    const { items, nextToken } = appflowPage("ListConnectors", Object.values(connectors(ctx)), input, {});
    return { connectors: items.map(detail), ...(nextToken ? { nextToken } : {}) };
  },
};

type Described = { type: string } | { connector: RegisteredConnector };

const describeConnectors: Operation = {
  ...appflowOperation("DescribeConnectors"),
  mutates: false,
  handle(input, ctx) {
    const types: string[] = input.connectorTypes?.length ? [...new Set<string>(input.connectorTypes)] : CONNECTOR_TYPES;
    // One page runs over the vended types asked for, then over the registered custom connectors.
    const all: Described[] = [
      ...types.filter((t) => t !== "CustomConnector").map((type) => ({ type })),
      ...(types.includes("CustomConnector") ? Object.values(connectors(ctx)).map((connector) => ({ connector })) : []),
    ];
    const { items, nextToken } = appflowPage("DescribeConnectors", all, input, { types: [...types].sort() });
    const connectorConfigurations = Object.fromEntries(items.flatMap((i) => ("type" in i ? [[i.type, vendedConfiguration(i.type)]] : [])));
    const custom = items.flatMap((i) => ("connector" in i ? [detail(i.connector)] : []));
    return { connectorConfigurations, connectors: custom, ...(nextToken ? { nextToken } : {}) };
  },
};

const unregisterConnector: Operation = {
  ...appflowOperation("UnregisterConnector"),
  mutates: true,
  handle(input, ctx) {
    registered(ctx, input.connectorLabel);
    const inUse = Object.values(ctx.store.collection<ConnectorProfile>(PROFILES)).some(
      (p) => p.connectorType === "CustomConnector" && p.connectorLabel === input.connectorLabel,
    );
    // As AWS documents forceDelete: without it, a connector that profiles still use stays registered.
    if (inUse && input.forceDelete !== true) {
      throw new AwsError("ConflictException", "The connector is in use by one or more connector profiles; unregister it with forceDelete to proceed.");
    }
    delete connectors(ctx)[input.connectorLabel];
    return {};
  },
};

export const connectorOperations = [registerConnector, describeConnector, listConnectors, describeConnectors, unregisterConnector];
