"""FieldApp 现场服务助手: offline field-service desktop app."""

__version__ = "0.1.0"
APP_NAME = "FieldApp"
