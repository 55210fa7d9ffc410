# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequestDialog(object):
    def setupUi(self, RequestDialog):
        if not RequestDialog.objectName():
            RequestDialog.setObjectName(u"RequestDialog")
        RequestDialog.resize(900, 450)
        self.verticalLayout = QVBoxLayout(RequestDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.requestNoLabel = QLabel(RequestDialog)
        self.requestNoLabel.setObjectName(u"requestNoLabel")
        self.requestNoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.requestNoLabel)

        self.fieldsWidget = QWidget(RequestDialog)
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.columnsLayout = QHBoxLayout(self.fieldsWidget)
        self.columnsLayout.setSpacing(24)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.columnsLayout.setContentsMargins(0, 0, 0, 0)
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setSpacing(6)
        self.leftLayout.setObjectName(u"leftLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.formLayout.setVerticalSpacing(10)
        self.householdLabel = QLabel(self.fieldsWidget)
        self.householdLabel.setObjectName(u"householdLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.householdLabel)

        self.householdLayout = QVBoxLayout()
        self.householdLayout.setSpacing(2)
        self.householdLayout.setObjectName(u"householdLayout")
        self.householdEdit = QLineEdit(self.fieldsWidget)
        self.householdEdit.setObjectName(u"householdEdit")
        self.householdEdit.setMinimumSize(QSize(320, 0))
        self.householdEdit.setClearButtonEnabled(True)

        self.householdLayout.addWidget(self.householdEdit)

        self.householdInfo = QLabel(self.fieldsWidget)
        self.householdInfo.setObjectName(u"householdInfo")
        self.householdInfo.setWordWrap(True)
        self.householdInfo.setText(u"")

        self.householdLayout.addWidget(self.householdInfo)

        self.householdError = QLabel(self.fieldsWidget)
        self.householdError.setObjectName(u"householdError")
        self.householdError.setVisible(False)
        self.householdError.setWordWrap(True)
        self.householdError.setText(u"")

        self.householdLayout.addWidget(self.householdError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.householdLayout)

        self.parkingSpaceLabel = QLabel(self.fieldsWidget)
        self.parkingSpaceLabel.setObjectName(u"parkingSpaceLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parkingSpaceLabel)

        self.parkingSpaceLayout = QVBoxLayout()
        self.parkingSpaceLayout.setSpacing(2)
        self.parkingSpaceLayout.setObjectName(u"parkingSpaceLayout")
        self.parkingSpaceEdit = QLineEdit(self.fieldsWidget)
        self.parkingSpaceEdit.setObjectName(u"parkingSpaceEdit")
        self.parkingSpaceEdit.setMaxLength(40)

        self.parkingSpaceLayout.addWidget(self.parkingSpaceEdit)

        self.parkingSpaceError = QLabel(self.fieldsWidget)
        self.parkingSpaceError.setObjectName(u"parkingSpaceError")
        self.parkingSpaceError.setVisible(False)
        self.parkingSpaceError.setWordWrap(True)
        self.parkingSpaceError.setText(u"")

        self.parkingSpaceLayout.addWidget(self.parkingSpaceError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.parkingSpaceLayout)

        self.powerLabel = QLabel(self.fieldsWidget)
        self.powerLabel.setObjectName(u"powerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.powerLabel)

        self.powerFieldLayout = QVBoxLayout()
        self.powerFieldLayout.setSpacing(2)
        self.powerFieldLayout.setObjectName(u"powerFieldLayout")
        self.powerLayout = QHBoxLayout()
        self.powerLayout.setSpacing(10)
        self.powerLayout.setObjectName(u"powerLayout")
        self.powerCombo = QComboBox(self.fieldsWidget)
        self.powerCombo.setObjectName(u"powerCombo")
        self.powerCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.powerCombo.setMinimumContentsLength(7)

        self.powerLayout.addWidget(self.powerCombo)

        self.phaseLabel = QLabel(self.fieldsWidget)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.powerLayout.addWidget(self.phaseLabel)

        self.phaseCombo = QComboBox(self.fieldsWidget)
        self.phaseCombo.setObjectName(u"phaseCombo")
        self.phaseCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.phaseCombo.setMinimumContentsLength(4)

        self.powerLayout.addWidget(self.phaseCombo)

        self.powerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.powerLayout.addItem(self.powerSpacer)


        self.powerFieldLayout.addLayout(self.powerLayout)

        self.powerError = QLabel(self.fieldsWidget)
        self.powerError.setObjectName(u"powerError")
        self.powerError.setVisible(False)
        self.powerError.setWordWrap(True)
        self.powerError.setText(u"")

        self.powerFieldLayout.addWidget(self.powerError)

        self.phaseError = QLabel(self.fieldsWidget)
        self.phaseError.setObjectName(u"phaseError")
        self.phaseError.setVisible(False)
        self.phaseError.setWordWrap(True)
        self.phaseError.setText(u"")

        self.powerFieldLayout.addWidget(self.phaseError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.powerFieldLayout)

        self.vehicleLabel = QLabel(self.fieldsWidget)
        self.vehicleLabel.setObjectName(u"vehicleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vehicleLabel)

        self.vehicleLayout = QVBoxLayout()
        self.vehicleLayout.setSpacing(2)
        self.vehicleLayout.setObjectName(u"vehicleLayout")
        self.vehicleEdit = QLineEdit(self.fieldsWidget)
        self.vehicleEdit.setObjectName(u"vehicleEdit")

        self.vehicleLayout.addWidget(self.vehicleEdit)

        self.vehicleError = QLabel(self.fieldsWidget)
        self.vehicleError.setObjectName(u"vehicleError")
        self.vehicleError.setVisible(False)
        self.vehicleError.setWordWrap(True)
        self.vehicleError.setText(u"")

        self.vehicleLayout.addWidget(self.vehicleError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.vehicleLayout)

        self.channelLabel = QLabel(self.fieldsWidget)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelLayout = QVBoxLayout()
        self.channelLayout.setSpacing(2)
        self.channelLayout.setObjectName(u"channelLayout")
        self.channelCombo = QComboBox(self.fieldsWidget)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.channelLayout.addWidget(self.channelCombo)

        self.channelError = QLabel(self.fieldsWidget)
        self.channelError.setObjectName(u"channelError")
        self.channelError.setVisible(False)
        self.channelError.setWordWrap(True)
        self.channelError.setText(u"")

        self.channelLayout.addWidget(self.channelError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.channelLayout)

        self.notesLabel = QLabel(self.fieldsWidget)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesLayout = QVBoxLayout()
        self.notesLayout.setSpacing(2)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QLineEdit(self.fieldsWidget)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.addWidget(self.notesEdit)

        self.notesError = QLabel(self.fieldsWidget)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setText(u"")

        self.notesLayout.addWidget(self.notesError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.notesLayout)


        self.leftLayout.addLayout(self.formLayout)

        self.formSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.formSpacer)


        self.columnsLayout.addLayout(self.leftLayout)

        self.documentsLayout = QVBoxLayout()
        self.documentsLayout.setSpacing(6)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLabel = QLabel(self.fieldsWidget)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.documentsLayout.addWidget(self.documentsLabel)

        self.documentsFrame = QFrame(self.fieldsWidget)
        self.documentsFrame.setObjectName(u"documentsFrame")
        self.documentsFrame.setFrameShape(QFrame.StyledPanel)
        self.documentsGrid = QGridLayout(self.documentsFrame)
        self.documentsGrid.setObjectName(u"documentsGrid")
        self.documentsGrid.setHorizontalSpacing(14)
        self.documentsGrid.setVerticalSpacing(6)

        self.documentsLayout.addWidget(self.documentsFrame)

        self.documentsError = QLabel(self.fieldsWidget)
        self.documentsError.setObjectName(u"documentsError")
        self.documentsError.setVisible(False)
        self.documentsError.setWordWrap(True)
        self.documentsError.setText(u"")

        self.documentsLayout.addWidget(self.documentsError)

        self.documentsHint = QLabel(self.fieldsWidget)
        self.documentsHint.setObjectName(u"documentsHint")
        self.documentsHint.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsHint)

        self.documentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentsLayout.addItem(self.documentsSpacer)


        self.columnsLayout.addLayout(self.documentsLayout)


        self.verticalLayout.addWidget(self.fieldsWidget)

        self.doneLabel = QLabel(RequestDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setVisible(False)
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setText(u"")
        self.doneLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.doneLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(RequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.householdLabel.setBuddy(self.householdEdit)
        self.parkingSpaceLabel.setBuddy(self.parkingSpaceEdit)
        self.powerLabel.setBuddy(self.powerCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.vehicleLabel.setBuddy(self.vehicleEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.householdEdit, self.parkingSpaceEdit)
        QWidget.setTabOrder(self.parkingSpaceEdit, self.powerCombo)
        QWidget.setTabOrder(self.powerCombo, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.vehicleEdit)
        QWidget.setTabOrder(self.vehicleEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.notesEdit)

        self.retranslateUi(RequestDialog)
        self.buttonBox.accepted.connect(RequestDialog.accept)
        self.buttonBox.rejected.connect(RequestDialog.reject)

        QMetaObject.connectSlotsByName(RequestDialog)
    # setupUi

    def retranslateUi(self, RequestDialog):
        RequestDialog.setWindowTitle(QCoreApplication.translate("RequestDialog", u"\u5145\u7535\u6869\u62a5\u88c5", None))
        self.requestNoLabel.setText(QCoreApplication.translate("RequestDialog", u"\u65b0\u62a5\u88c5\uff1a\u4fdd\u5b58\u540e\u751f\u6210\u62a5\u88c5\u7f16\u53f7", None))
        self.householdLabel.setText(QCoreApplication.translate("RequestDialog", u"\u4f4f\u6237(&H)", None))
        self.householdEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"\u8f93\u5165\u59d3\u540d\u3001\u6237\u53f7\u3001\u624b\u673a\u53f7\u6216\u5730\u5740\u67e5\u627e", None))
        self.parkingSpaceLabel.setText(QCoreApplication.translate("RequestDialog", u"\u8f66\u4f4d(&P)", None))
        self.parkingSpaceEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"\u8f66\u4f4d\u7f16\u53f7\uff0c\u5982 B2-017", None))
        self.powerLabel.setText(QCoreApplication.translate("RequestDialog", u"\u5145\u7535\u6869\u529f\u7387(&W)", None))
        self.phaseLabel.setText(QCoreApplication.translate("RequestDialog", u"\u76f8\u6570(&X)", None))
        self.vehicleLabel.setText(QCoreApplication.translate("RequestDialog", u"\u8f66\u8f86(&V)", None))
        self.vehicleEdit.setPlaceholderText(QCoreApplication.translate("RequestDialog", u"\u54c1\u724c\u578b\u53f7\uff0c\u5982 \u6bd4\u4e9a\u8fea \u79e6PLUS", None))
        self.channelLabel.setText(QCoreApplication.translate("RequestDialog", u"\u53d7\u7406\u6e20\u9053(&C)", None))
        self.notesLabel.setText(QCoreApplication.translate("RequestDialog", u"\u5907\u6ce8(&R)", None))
        self.documentsLabel.setText(QCoreApplication.translate("RequestDialog", u"\u6750\u6599\u6e05\u5355", None))
        self.documentsHint.setText(QCoreApplication.translate("RequestDialog", u"* \u53d7\u7406\u5fc5\u9700\uff1a\u8eab\u4efd\u8bc1\u660e\uff0c\u4ee5\u53ca\u5141\u8bb8\u65bd\u5de5\u8bc1\u660e\u6216\u6709\u6548\u7684\u5c0f\u533a\u6279\u91cf\u8bc1\u660e\u3002\u5bb9\u7f3a\u6750\u6599\u53ef\u5148\u53d7\u7406\uff0c\u987b\u5728\u88c5\u8868\u63a5\u7535\u524d\u8865\u9f50\u3002", None))
    # retranslateUi

